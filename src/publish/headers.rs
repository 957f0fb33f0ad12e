//! The response headers every server sends, and the `_headers` and `_redirects` files that
//! Netlify, Cloudflare Pages and GitLab Pages read from the site's root.
//!
//! The `_headers` format (Netlify's, which the others follow): a line with one path pattern
//! (`/*` or a file's path), then the headers for it, each on its own line, indented, as
//! `Name: value`; `#` starts a comment. Hosts join a header set by two matching rules with a
//! comma, so each header appears in one rule only for any path: `Cache-Control` is set for
//! hashed assets alone, and the hosts' own default for everything else (`max-age=0,
//! must-revalidate`) is the revalidation HTML needs.

use super::SiteFacts;
use crate::render::Output;

/// Browser features the site never uses, denied to it and to anything it might embed. Only
/// names Chromium and Firefox recognise (an unknown one is reported in the console).
const DENIED_FEATURES: &[&str] = &[
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
];

/// `Cache-Control` for assets whose names carry their content hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `Cache-Control` for everything else: the browser may keep it but asks the server whether it
/// changed before each use (a page must never show yesterday's treaty status).
pub const REVALIDATE: &str = "no-cache";

/// The `Permissions-Policy` value: every feature the pages do not use, denied (`fullscreen` and
/// `picture-in-picture` stay allowed when a page embeds media or frames).
pub fn permissions_policy(facts: &SiteFacts) -> String {
    let mut denied: Vec<&str> = DENIED_FEATURES.to_vec();
    if !facts.sources.embeds_media() {
        denied.extend(["fullscreen", "picture-in-picture"]);
    }
    denied.sort_unstable();
    denied
        .iter()
        .map(|f| format!("{f}=()"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The security headers every response carries, computed from the site.
pub fn security_headers(facts: &SiteFacts) -> Vec<(&'static str, String)> {
    let mut h = vec![
        ("Content-Security-Policy", facts.sources.policy()),
        // A family's visit to a page about a country's prisons is not told to the next site.
        ("Referrer-Policy", "no-referrer".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
        // For browsers too old for `frame-ancestors`.
        ("X-Frame-Options", "DENY".to_string()),
        ("Permissions-Policy", permissions_policy(facts)),
        ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
    ];
    if facts.hsts {
        h.push(("Strict-Transport-Security", "max-age=63072000".to_string()));
    }
    h
}

/// `_headers`: security headers on every path, a year's cache on hashed assets, a charset on
/// CSV files.
pub fn headers_file(facts: &SiteFacts) -> Output {
    let mut text = String::from(
        "# Written by homeward build from the built pages (Netlify / Cloudflare Pages / GitLab Pages format).\n# Do not edit: the Content-Security-Policy follows the pages; see docs/publishing.md.\n/*\n",
    );
    for (name, value) in security_headers(facts) {
        text.push_str(&format!("  {name}: {value}\n"));
    }
    for path in &facts.hashed {
        text.push_str(&format!("{path}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    for path in &facts.csv {
        text.push_str(&format!(
            "{path}\n  Content-Type: text/csv; charset=utf-8\n"
        ));
    }
    Output {
        path: "_headers".into(),
        bytes: text.into_bytes(),
    }
}

/// `_redirects`: the site's redirects (301), then each language's 404 page for missing
/// addresses under its prefix (Netlify applies these only when no file matches; Cloudflare
/// Pages finds the nearest `404.html` by itself).
pub fn redirects_file(facts: &SiteFacts) -> Output {
    let mut text = String::from(
        "# Written by homeward build (Netlify / Cloudflare Pages / GitLab Pages format).\n",
    );
    for r in &facts.redirects {
        text.push_str(&format!("{} {} 301\n", r.from, r.to));
    }
    for (prefix, page) in &facts.not_found {
        if prefix != "/" {
            text.push_str(&format!("{prefix}* {page} 404\n"));
        }
    }
    Output {
        path: "_redirects".into(),
        bytes: text.into_bytes(),
    }
}

/// One rule of a `_headers` file: a path pattern and its headers, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// The path pattern (`/*`, `/style.1a2b3c4d.css`).
    pub path: String,
    /// `(name, value)` pairs.
    pub headers: Vec<(String, String)>,
}

/// Parses a `_headers` file strictly by the documented format, so a test can prove that what
/// the build writes is what the hosts read: a rule line is one path starting with `/` and
/// nothing else, each header line is indented and `Name: value`. Returns the line number and
/// reason of the first line that breaks the format.
pub fn parse_headers(text: &str) -> Result<Vec<Rule>, (usize, String)> {
    let mut rules: Vec<Rule> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            let rule = rules
                .last_mut()
                .ok_or((n, "a header before any path".to_string()))?;
            let (name, value) = line
                .trim()
                .split_once(':')
                .ok_or((n, "a header line without `:`".to_string()))?;
            let valid_name =
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            if !valid_name || value.trim().is_empty() {
                return Err((n, format!("`{}` is not `Name: value`", line.trim())));
            }
            rule.headers
                .push((name.to_string(), value.trim().to_string()));
        } else {
            if !line.starts_with('/') || line.contains(char::is_whitespace) {
                return Err((n, format!("`{line}` is not one path")));
            }
            rules.push(Rule {
                path: line.to_string(),
                headers: Vec::new(),
            });
        }
    }
    match rules.iter().find(|r| r.headers.is_empty()) {
        Some(r) => Err((0, format!("`{}` has no headers", r.path))),
        None => Ok(rules),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::csp::Sources;
    use crate::publish::settings::Redirect;

    fn facts() -> SiteFacts {
        let mut sources = Sources::default();
        sources.script.insert("'self'".into());
        sources.style.insert("'self'".into());
        sources
            .img
            .extend(["'self'".to_string(), "data:".to_string()]);
        sources.connect.insert("'self'".into());
        sources.form.insert("'self'".into());
        SiteFacts {
            host: "transfer.example.org".into(),
            not_found: vec![
                ("/fr/".into(), "/fr/404.html".into()),
                ("/".into(), "/404.html".into()),
            ],
            hashed: vec!["/homeward.0123abcd.js".into(), "/style.1a2b3c4d.css".into()],
            csv: vec!["/data/routes.csv".into()],
            redirects: vec![Redirect {
                from: "/guides/old/".into(),
                to: "/guides/new/".into(),
                at: None,
            }],
            sources,
            hsts: false,
        }
    }

    #[test]
    fn headers_file_follows_the_documented_format() {
        let o = headers_file(&facts());
        let text = String::from_utf8(o.bytes).unwrap();
        let rules = parse_headers(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
        let paths: Vec<&str> = rules.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "/*",
                "/homeward.0123abcd.js",
                "/style.1a2b3c4d.css",
                "/data/routes.csv"
            ]
        );
        let all = &rules[0].headers;
        let get = |name: &str| all.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        let csp = get("Content-Security-Policy").unwrap();
        assert!(
            csp.starts_with("default-src 'none'; script-src 'self'; style-src 'self'"),
            "{csp}"
        );
        assert!(
            csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe"),
            "{csp}"
        );
        assert_eq!(get("Referrer-Policy"), Some("no-referrer"));
        assert_eq!(get("X-Content-Type-Options"), Some("nosniff"));
        assert!(get("Permissions-Policy").unwrap().contains("camera=()"));
        assert_eq!(get("Strict-Transport-Security"), None, "HSTS is opt-in");
        assert_eq!(
            get("Cache-Control"),
            None,
            "no Cache-Control on /*: hosts would join it with the assets' one"
        );
        assert_eq!(
            rules[1].headers,
            [("Cache-Control".to_string(), IMMUTABLE.to_string())]
        );
        assert_eq!(rules[3].headers[0].1, "text/csv; charset=utf-8");
    }

    #[test]
    fn hsts_when_asked() {
        let mut f = facts();
        f.hsts = true;
        let text = String::from_utf8(headers_file(&f).bytes).unwrap();
        assert!(text.contains("\n  Strict-Transport-Security: max-age=63072000\n"));
    }

    #[test]
    fn the_parser_refuses_what_hosts_would_misread() {
        assert!(
            parse_headers("/a /b\n  X-A: 1\n").is_err(),
            "two paths on one rule line"
        );
        assert!(
            parse_headers("/a\nX-A: 1\n").is_err(),
            "a header that is not indented"
        );
        assert!(
            parse_headers("  X-A: 1\n").is_err(),
            "a header before any path"
        );
        assert!(parse_headers("/a\n  X-A 1\n").is_err(), "no colon");
        assert!(parse_headers("/a\n").is_err(), "a path without headers");
        assert!(parse_headers("# c\n/a\n  X-A: 1\n").is_ok());
    }

    #[test]
    fn redirects_then_language_404s() {
        let text = String::from_utf8(redirects_file(&facts()).bytes).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            lines,
            ["/guides/old/ /guides/new/ 301", "/fr/* /fr/404.html 404"]
        );
    }
}
