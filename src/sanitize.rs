//! The check of a page body's HTML as a browser would read it, before anything is published.
//!
//! Raw HTML in Markdown reaches us in pieces (pulldown-cmark gives an HTML block a line at a
//! time), and a check of each piece misses a tag split over lines, entities that a browser
//! decodes (`&#106;avascript:`) and markup a tokenizer gives up on. So the whole rendered body is
//! parsed once by html5ever, the parser browsers' behaviour is specified by, inside a real page
//! (`<html><body>…`), and every element and attribute of the resulting tree is held against an
//! allowlist: what is not known to be harmless is refused. Nothing is rewritten: an editor is
//! told what to fix, the way every other mistake is reported.
//!
//! We do not use ammonia's `clean`: it removes what it does not allow and says nothing, and a
//! page that silently loses part of its text is not what an editor meant to publish.

use scraper::{Html, Node};

/// Something in a body that must not be published, and where to look for it in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The diagnostic code.
    pub code: &'static str,
    /// What is wrong, for the editor.
    pub message: String,
    /// Text that stands in the Markdown source where the problem is (a tag or attribute name,
    /// lower-case), so the diagnostic can point at its line.
    pub needle: String,
}

/// Elements an editor may write. Everything else is refused: scripts, frames, objects, forms,
/// `<base>`, `<meta>`, `<link>`, `<style>`, `<template>`, `<noscript>`, and SVG and MathML
/// (both have script vectors of their own; an SVG picture can be shown with `<img>`).
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Attributes allowed on every element (besides `aria-*` and `data-*`).
const GLOBAL_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "lang",
    "dir",
    "title",
    "translate",
    "hidden",
    "tabindex",
    "role",
    "style",
];

/// Attributes allowed on some elements only.
const ELEMENT_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang", "rel", "type", "download"]),
    (
        "img",
        &[
            "src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes",
        ],
    ),
    (
        "source",
        &["srcset", "type", "media", "sizes", "width", "height"],
    ),
    ("td", &["colspan", "rowspan", "headers"]),
    ("th", &["colspan", "rowspan", "headers", "scope", "abbr"]),
    ("ol", &["start", "reversed", "type"]),
    ("li", &["value"]),
    ("time", &["datetime"]),
    ("data", &["value"]),
    ("del", &["cite", "datetime"]),
    ("ins", &["cite", "datetime"]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("details", &["open", "name"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
];

/// Attributes whose value is a URL (or, for `srcset`, a list of them).
const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite", "srcset"];

/// Every construct of `body` (a page body's HTML) that must not be published, in document order.
pub fn findings(body: &str) -> Vec<Finding> {
    // A mark only this body's own text could not contain (it is derived from that text), put
    // after the body: if it does not come out of the parser as the one element carrying it, the
    // body left a comment, a tag or an attribute open and would swallow the rest of the page.
    let nonce = crate::fingerprint::content_hash(body.as_bytes());
    let page = format!(
        "<!DOCTYPE html><html><head></head><body>{body}<span data-homeward-end=\"{nonce}\"></span></body></html>"
    );
    let document = Html::parse_document(&page);
    let mut found = Vec::new();
    let mut ends = 0;
    // Depth first, in document order, with a stack (no recursion however deep the markup).
    // What is inside a refused element is not looked at: that element is the one problem.
    let mut stack = vec![document.tree.root()];
    while let Some(node) = stack.pop() {
        if let Node::Element(element) = node.value() {
            // The mark is only the mark as it was written: a span with that one attribute (an
            // unfinished tag before it could take its attribute as its own).
            let is_mark = element.name() == "span"
                && element.attrs().count() == 1
                && element.attr("data-homeward-end") == Some(nonce.as_str());
            if is_mark {
                ends += 1;
                continue;
            }
            if !check_element(element, &mut found) {
                continue;
            }
        }
        let before = stack.len();
        stack.extend(node.children());
        stack[before..].reverse();
    }
    // A problem named nowhere in the body comes from the mark itself, read as part of the
    // body's unfinished tag: the body's one problem is then that it is not closed.
    let lower = body.to_ascii_lowercase();
    found.retain(|f| lower.contains(&f.needle));
    if ends != 1 {
        found.push(Finding {
            code: "E0306",
            message: "this HTML is not closed: an unfinished tag, attribute value or comment would swallow the rest of the page".to_string(),
            needle: "<".to_string(),
        });
    }
    found
}

/// Checks one element and its attributes; false when the element itself is refused.
fn check_element(element: &scraper::node::Element, found: &mut Vec<Finding>) -> bool {
    let name = element.name();
    let is_html = &*element.name.ns == "http://www.w3.org/1999/xhtml";
    // The page's own html, head and body elements: content can still give them attributes
    // (`<body onload=…>` inside a body adds `onload` to the page's body).
    let is_frame = is_html && matches!(name, "html" | "head" | "body");
    if !is_frame && (!is_html || !ELEMENTS.contains(&name)) {
        found.push(Finding {
            code: "E0302",
            message: format!("the element `<{name}>` is not allowed in content"),
            needle: format!("<{name}"),
        });
        return false;
    }
    for (attribute, value) in element.attrs() {
        if let Some(finding) = check_attribute(name, is_frame, attribute, value) {
            found.push(finding);
        }
    }
    true
}

fn check_attribute(element: &str, is_frame: bool, attribute: &str, value: &str) -> Option<Finding> {
    let needle = attribute.to_string();
    if attribute.starts_with("on") {
        return Some(Finding {
            code: "E0303",
            message: format!("the event handler attribute `{attribute}` is not allowed"),
            needle,
        });
    }
    let allowed = !is_frame
        && (GLOBAL_ATTRIBUTES.contains(&attribute)
            || attribute.starts_with("aria-")
            || attribute.starts_with("data-")
            || ELEMENT_ATTRIBUTES
                .iter()
                .any(|(e, list)| *e == element && list.contains(&attribute)));
    if !allowed {
        return Some(Finding {
            code: "E0304",
            message: format!("the attribute `{attribute}` is not allowed on `<{element}>`"),
            needle,
        });
    }
    if URL_ATTRIBUTES.contains(&attribute) {
        let urls: Vec<&str> = if attribute == "srcset" {
            value
                .split(',')
                .filter_map(|c| c.split_whitespace().next())
                .collect()
        } else {
            vec![value]
        };
        if let Some(bad) = urls.into_iter().find(|u| !is_safe_url(element, u)) {
            return Some(Finding {
                code: "E0301",
                message: format!(
                    "the address `{}` in `{attribute}` can run code or embed a page",
                    shorten(bad)
                ),
                needle,
            });
        }
    }
    if attribute == "style" && !is_plain_style(value) {
        return Some(Finding {
            code: "E0305",
            message: "this `style` can load from another site or run code: only plain properties (no `url(`, `expression(`, `@import`, backslashes or comments) are allowed".to_string(),
            needle,
        });
    }
    None
}

/// File types a browser runs when it opens them: pages and scripts.
const RUNNABLE_EXTENSIONS: &[&str] = &["html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "wasm"];

/// Why a content asset must not be published, if it must not: a page or script (which would
/// run with the site's own address when opened), or an SVG picture that carries a script, an
/// event handler, embedded HTML or a `javascript:` address. SVG is read by the same
/// browser-grade parser; its vocabulary is large, so here it is what is known to run that is
/// refused.
pub fn asset_finding(path: &str, bytes: &[u8]) -> Option<Finding> {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())?;
    if RUNNABLE_EXTENSIONS.contains(&extension.as_str()) {
        return Some(Finding {
            code: "E0307",
            message: format!(
                "a `.{extension}` file runs in the browser when opened, and is not published from content/"
            ),
            needle: String::new(),
        });
    }
    if extension != "svg" {
        return None;
    }
    let text = String::from_utf8_lossy(bytes);
    let document = Html::parse_document(&text);
    for node in document.tree.root().descendants() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let name = element.name().to_ascii_lowercase();
        let runs = matches!(
            name.as_str(),
            "script" | "foreignobject" | "iframe" | "embed" | "object" | "handler" | "listener"
        ) || element.attrs().any(|(attribute, value)| {
            let value: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect();
            let value = value.to_ascii_lowercase();
            attribute.starts_with("on")
                || ["javascript:", "vbscript:", "data:text/html"]
                    .iter()
                    .any(|s| value.contains(s))
        });
        if runs {
            return Some(Finding {
                code: "E0307",
                message: format!(
                    "this SVG picture holds `<{name}>` or an attribute that runs a script when the picture is opened"
                ),
                needle: String::new(),
            });
        }
    }
    None
}

/// The scheme of a URL as a browser finds it: leading spaces and controls dropped, tabs and
/// line breaks removed anywhere, lower-cased. `None` for a relative URL.
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let candidate = &cleaned[..colon];
    let is_scheme = candidate
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && candidate
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    is_scheme.then(|| candidate.to_ascii_lowercase())
}

/// True for an address that cannot run code: relative, web, mail and phone addresses, the
/// build's own link placeholders, and for images a `data:` picture in a raster format.
pub fn is_safe_url(element: &str, url: &str) -> bool {
    match scheme(url).as_deref() {
        None | Some("http" | "https" | "mailto" | "tel" | "homeward-link") => true,
        Some("data") => {
            let lower = url.trim_start().to_ascii_lowercase();
            matches!(element, "img" | "source")
                && ["png", "jpeg", "gif", "webp", "avif"]
                    .iter()
                    .any(|t| lower.starts_with(&format!("data:image/{t}")))
        }
        Some(_) => false,
    }
}

/// A `style` value that can neither fetch anything nor run code: no function that loads
/// (`url(`, `image-set(`, `expression(`), no `@import`, and no backslash or comment, with
/// which CSS can spell those words so that a plain search does not see them.
fn is_plain_style(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    !(lower.contains('\\')
        || lower.contains("/*")
        || [
            "url(",
            "image(",
            "image-set(",
            "expression(",
            "@import",
            "javascript:",
        ]
        .iter()
        .any(|w| lower.contains(w)))
}

/// The first 40 characters of an address for a message, with control characters (a tab or a
/// line break hidden in it) written as escapes so the message stays on one line.
fn shorten(url: &str) -> String {
    let mut short = String::new();
    for c in url.chars().take(40) {
        if c.is_control() {
            short.extend(c.escape_default());
        } else {
            short.push(c);
        }
    }
    if url.chars().count() > 40 {
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(html: &str) -> Vec<&'static str> {
        findings(html).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn harmless_html_that_editors_write_passes() {
        for html in [
            "<details><summary>More</summary><p>Text <abbr title=\"European Union\">EU</abbr><sup>1</sup></p></details>",
            "<table class=\"x\" id=\"t\"><thead><tr><th scope=\"col\">A</th></tr></thead><tbody><tr><td colspan=\"2\" style=\"text-align: center\">1</td></tr></tbody></table>",
            "<p dir=\"rtl\" lang=\"ar\">نص</p><a href=\"/fr/\" hreflang=\"fr\">fr</a><a href=\"homeward-link:0#x\">x</a>",
            "<img src=\"map.png\" alt=\"map\"><img src=\"data:image/png;base64,AAAA\" alt=\"\">",
            "<a href=\"mailto:a@example.org\">mail</a> <a href=\"tel:+3225551234\">tel</a> <div><p>unclosed div",
        ] {
            assert_eq!(findings(html), [], "{html}");
        }
    }

    #[test]
    fn what_a_browser_would_run_is_found_however_it_is_written() {
        assert_eq!(codes("<img src=x.png\nonerror=\"alert(1)\">"), ["E0303"]);
        assert_eq!(
            codes("<a href=\"&#106;avascript:alert(1)\">x</a>"),
            ["E0301"]
        );
        assert_eq!(
            codes("<a href=\"java&#x09;script:alert(1)\">x</a>"),
            ["E0301"]
        );
        assert_eq!(codes("<a href=\" JaVaScRiPt:alert(1)\">x</a>"), ["E0301"]);
        assert_eq!(
            codes("<a href=\"data:text/html,<script>x</script>\">x</a>"),
            ["E0301"]
        );
        assert_eq!(codes("<SCRIPT>alert(1)</SCRIPT>"), ["E0302"]);
        assert_eq!(codes("<svg><script>alert(1)</script></svg>"), ["E0302"]);
        assert_eq!(
            codes("<iframe srcdoc=\"&lt;script&gt;\"></iframe>"),
            ["E0302"]
        );
        assert_eq!(
            codes("<meta http-equiv=refresh content=\"0;url=javascript:x\">"),
            ["E0302"]
        );
        assert_eq!(
            codes("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
            ["E0302", "E0303"]
        );
        assert_eq!(codes("<body onload=alert(1)>"), ["E0303"]);
        assert_eq!(codes("<html onmouseover=alert(1)>"), ["E0303"]);
        assert_eq!(codes("<p style=\"background:u\\72l(x)\">x</p>"), ["E0305"]);
        assert_eq!(codes("<a title=\"never closed"), ["E0306"]);
        assert_eq!(codes("<!-- never closed"), ["E0306"]);
    }

    #[test]
    fn assets_a_browser_would_run_are_found() {
        assert!(asset_finding("guides/form.pdf", b"%PDF").is_none());
        assert!(asset_finding("guides/map.svg", b"<svg><path d=\"M0 0\"/></svg>").is_none());
        for (path, bytes) in [
            ("guides/page.html", &b"<p>x</p>"[..]),
            ("guides/app.JS", b"1"),
            ("map.svg", b"<svg><script>alert(1)</script></svg>"),
            ("map.svg", b"<svg onload=\"alert(1)\"></svg>"),
            (
                "map.svg",
                b"<svg><a xlink:href=\"java\tscript:x\"><text>x</text></a></svg>",
            ),
            (
                "map.svg",
                b"<svg><foreignObject><p>x</p></foreignObject></svg>",
            ),
        ] {
            assert_eq!(
                asset_finding(path, bytes).map(|f| f.code),
                Some("E0307"),
                "{path}"
            );
        }
    }

    #[test]
    fn a_body_cannot_fake_its_own_end() {
        let body = "<span data-homeward-end=\"x\"></span><!--";
        assert_eq!(codes(body), ["E0306"]);
    }

    /// Pieces that make up hostile (and harmless) fragments: tags, handlers, encoded schemes,
    /// quotes, line breaks and Markdown that writes links and heading attributes.
    const PIECES: &[&str] = &[
        "<img",
        "<a",
        "<div",
        "<svg",
        "<script",
        "<iframe",
        "<p",
        "<details",
        "<body",
        "<html",
        "<math",
        "<style",
        "<object",
        "<embed",
        "<noscript",
        "<base",
        "<meta",
        "<form",
        "<button",
        "<template",
        "<table",
        "<td",
        "<xmp",
        "<textarea",
        "<select",
        "<option",
        "</div>",
        "</p>",
        "</noscript>",
        "</a>",
        "</script>",
        "</style>",
        "</textarea>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        ">",
        "/>",
        "/",
        " ",
        "\n",
        "\n\n",
        "\t",
        "\"",
        "'",
        "=",
        " onerror=",
        " ONLOAD=",
        " ontoggle=",
        " href=",
        " src=",
        " srcset=",
        " srcdoc=",
        " style=",
        " formaction=",
        " xlink:href=",
        " background=",
        " http-equiv=refresh content=",
        "javascript:alert(1)",
        "&#106;avascript:",
        "&#x6A;avascript:",
        "java\tscript:",
        "jav&#x0A;ascript:",
        " &#14; javascript:",
        "vbscript:x",
        "data:text/html,x",
        "data:image/png,x",
        "alert(1)",
        "x",
        "url(x)",
        "expression(x)",
        "u\\72l(x)",
        "# h {onclick=x}",
        "# h {#id .c}",
        "[l](javascript:x)",
        "[l](data:text/html,x)",
        "![i](data:image/png,x)",
        "<https://e.org>",
        "<javascript:x>",
        "`<script>`",
        "**b**",
        "&lt;",
        "&amp;",
    ];

    /// An independent, deny-list reading of "can this HTML run code?": any script-capable
    /// element, any event handler or frame source, any URL attribute whose scheme (as a
    /// browser cleans it) runs code or embeds a page, any style that loads or evaluates.
    fn executable(body: &str) -> Option<String> {
        let page = format!("<!DOCTYPE html><html><head></head><body>{body}</body></html>");
        let doc = Html::parse_document(&page);
        let danger = [
            "script", "iframe", "frame", "frameset", "object", "embed", "base", "meta", "link",
            "style", "form", "button", "svg", "math", "template", "noscript", "xmp", "applet",
        ];
        for node in doc.tree.root().descendants() {
            let Node::Element(e) = node.value() else {
                continue;
            };
            if danger.contains(&e.name()) || &*e.name.ns != "http://www.w3.org/1999/xhtml" {
                return Some(format!("element {}", e.name()));
            }
            for (name, value) in e.attrs() {
                let cleaned: String = value
                    .chars()
                    .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let url_attribute = matches!(
                    name,
                    "href"
                        | "src"
                        | "srcset"
                        | "action"
                        | "formaction"
                        | "data"
                        | "background"
                        | "poster"
                        | "cite"
                        | "xlink:href"
                );
                if name.starts_with("on")
                    || matches!(name, "srcdoc" | "formaction" | "http-equiv")
                    || (url_attribute
                        && ["javascript:", "vbscript:", "data:text"]
                            .iter()
                            .any(|s| cleaned.starts_with(s) || cleaned.contains(&format!(",{s}"))))
                    || (name == "style"
                        && (cleaned.contains("url(")
                            || cleaned.contains("expression(")
                            || cleaned.contains('\\')))
                {
                    return Some(format!("attribute {name}={value:?} on {}", e.name()));
                }
            }
        }
        None
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Whatever HTML is embedded in Markdown, the build either refuses the page or
        /// publishes a body in which a browser finds nothing to run.
        #[test]
        fn a_published_body_never_runs_code(
            picks in proptest::collection::vec(0..PIECES.len(), 1..40),
            before in "[a-z ]{0,8}",
        ) {
            let fragment: String = picks.iter().map(|&i| PIECES[i]).collect();
            let text = format!("{before}\n\n{fragment}\n\nafter\n");
            let mut diagnostics = Vec::new();
            let rendered = crate::markdown::render(
                &text, 0, std::path::Path::new("a.md"), false, &mut diagnostics,
            );
            if diagnostics.iter().any(|d| d.is_error()) {
                return Ok(());
            }
            let body = rendered.resolve_links(|_| "/page/".to_string());
            proptest::prop_assert_eq!(executable(&body), None, "published: {}", body);
        }
    }
}
