//! The sink that learns, while the build writes each file, what the publishing files need: what
//! the pages load (for the Content-Security-Policy), which assets are hashed, and whether the
//! `[redirects]` point at real pages and hide none.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

use super::csp::Sources;
use super::settings::Redirect;
use super::{SiteFacts, headers, host_of, is_hashed};
use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::render::{Output, Sink};

/// What the scan found so far.
#[derive(Default)]
struct Found {
    sources: Sources,
    /// Hashed assets and CSV files (the only paths the rules name one by one).
    paths: Vec<String>,
    /// Output files that a redirect's source or target names, as they were written.
    written: BTreeSet<String>,
}

/// A sink that notes what each page loads as it passes it on to the real output, so the
/// security headers are computed from the pages themselves, in the same pass that writes them.
pub struct Scanning<'a> {
    inner: &'a dyn Sink,
    host: String,
    /// Output files a redirect names (`guides/old/index.html`), to see which exist.
    watched: BTreeSet<String>,
    found: Mutex<Found>,
}

impl<'a> Scanning<'a> {
    /// Wraps `inner` for a site on `config.base_url`'s host.
    pub fn new(inner: &'a dyn Sink, config: &SiteConfig) -> Scanning<'a> {
        let watched = config
            .redirects
            .iter()
            .flat_map(|r| files_for(&r.from).into_iter().chain(files_for(&r.to)))
            .collect();
        Scanning {
            inner,
            host: host_of(&config.base_url),
            watched,
            found: Mutex::new(Found::default()),
        }
    }

    /// Checks the redirects against what was written, then writes `_headers` and `_redirects`
    /// into the output (unless `[publish] host_files = false`).
    pub fn finish(self, config: &SiteConfig, diagnostics: &mut Vec<Diagnostic>) {
        let found = self.found.into_inner().unwrap_or_default();
        for r in &config.redirects {
            check_redirect(r, &found.written, diagnostics);
        }
        if !config.publish.host_files {
            return;
        }
        let facts = SiteFacts::new(config, &found.paths, found.sources);
        for o in [
            headers::headers_file(&facts),
            headers::redirects_file(&facts),
        ] {
            if let Err(d) = self.inner.put(o) {
                diagnostics.push(d);
            }
        }
    }
}

impl Sink for Scanning<'_> {
    fn put(&self, output: Output) -> Result<(), Diagnostic> {
        let mut sources = Sources::default();
        sources.scan(&output.path, &output.bytes, &self.host);
        if let Ok(mut found) = self.found.lock() {
            if sources != Sources::default() {
                found.sources.merge(sources);
            }
            if is_hashed(&output.path) || output.path.ends_with(".csv") {
                found.paths.push(output.path.clone());
            }
            if self.watched.contains(&output.path) {
                found.written.insert(output.path.clone());
            }
        }
        self.inner.put(output)
    }
}

/// The output files that would answer a root-relative address (`/a/` → `a/index.html`; `/a` →
/// `a` or `a/index.html`), percent-decoded; none for an absolute URL.
fn files_for(address: &str) -> Vec<String> {
    let Some(path) = address.strip_prefix('/') else {
        return Vec::new();
    };
    let path = percent_decode(path);
    if path.is_empty() || path.ends_with('/') {
        vec![format!("{path}index.html")]
    } else {
        vec![path.clone(), format!("{path}/index.html")]
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A redirect must not hide a page the build wrote (every server would answer the redirect
/// instead of the page), and should lead to a page that exists.
fn check_redirect(r: &Redirect, written: &BTreeSet<String>, diagnostics: &mut Vec<Diagnostic>) {
    let place = |d: Diagnostic| match &r.at {
        Some(at) => Diagnostic {
            location: Some(at.clone()),
            ..d
        },
        None => d.in_file(Path::new("site.toml")),
    };
    if files_for(&r.from).iter().any(|f| written.contains(f)) {
        diagnostics.push(place(
            Diagnostic::error("E0023", format!("the redirect from `{}` would hide the page at that address", r.from))
                .with_help("a redirect is for an address that no longer has a page: remove it from [redirects], or rename the page"),
        ));
    }
    let target = files_for(&r.to);
    if !target.is_empty() && !target.iter().any(|f| written.contains(f)) {
        diagnostics.push(place(
            Diagnostic::warning("W0202", format!("the redirect to `{}` leads to no page of this site", r.to))
                .with_help("point it at an address the build writes (with its trailing `/`), or at a full https:// URL"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_to_files() {
        assert_eq!(files_for("/guides/old/"), ["guides/old/index.html"]);
        assert_eq!(files_for("/"), ["index.html"]);
        assert_eq!(files_for("/a.pdf"), ["a.pdf", "a.pdf/index.html"]);
        assert_eq!(files_for("/fr/%C3%A9t%C3%A9/"), ["fr/été/index.html"]);
        assert!(files_for("https://elsewhere.example/").is_empty());
    }

    #[test]
    fn a_redirect_may_not_hide_a_page_and_should_reach_one() {
        let written: BTreeSet<String> = ["guides/index.html".to_string()].into();
        let mut d = Vec::new();
        let r = |from: &str, to: &str| Redirect {
            from: from.into(),
            to: to.into(),
            at: None,
        };
        check_redirect(&r("/guides/old/", "/guides/"), &written, &mut d);
        assert!(d.is_empty(), "{d:?}");
        check_redirect(&r("/guides/", "/elsewhere/"), &written, &mut d);
        let codes: Vec<&str> = d.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["E0023", "W0202"]);
    }
}
