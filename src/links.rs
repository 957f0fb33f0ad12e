//! Links to other sites (in page bodies and in `[[sources]]`).
//!
//! Every build looks at their addresses, offline, for mistakes a reader would trip on
//! ([`lint`]). `check --external-links` also requests each one once, with a timeout, and reports
//! broken ones at each place they appear ([`check`]).
//!
//! Results are warnings, not errors: other sites go down and come back, and a ministry should
//! not be stopped from publishing a correction because a source's server is slow today.
//! `--deny-warnings` makes them fail CI when wanted. Only `check` does this, and only when asked:
//! a build never makes a network request.

use std::collections::BTreeMap;
use std::ops::Range;
use std::time::Duration;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::model::{SiteModel, Version};

/// What requesting a URL gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkStatus {
    /// 2xx or 3xx.
    Fine,
    /// An HTTP error status.
    Broken(u16),
    /// No answer (DNS, connection, TLS, timeout).
    Unreachable(String),
}

/// Requests one URL: HEAD first, GET when the server refuses HEAD.
pub fn probe(url: &str) -> LinkStatus {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(15)))
        .http_status_as_error(false)
        .user_agent("homeward-link-check")
        .build()
        .into();
    let status = |r: Result<ureq::http::Response<ureq::Body>, ureq::Error>| match r {
        Ok(response) => Ok(response.status().as_u16()),
        Err(e) => Err(e.to_string()),
    };
    let first = status(agent.head(url).call());
    let answer = match first {
        Ok(code) if code == 405 || code == 501 || code == 403 => status(agent.get(url).call()),
        other => other,
    };
    match answer {
        Ok(code) if code < 400 => LinkStatus::Fine,
        Ok(code) => LinkStatus::Broken(code),
        Err(why) => LinkStatus::Unreachable(why),
    }
}

/// The links to other sites of one version: its `[[sources]]` addresses, then its body's
/// links, each with its place in the file when the Markdown stage kept it (a source's place is
/// found with [`source_span`] only when needed).
fn external_links(version: &Version) -> impl Iterator<Item = (&str, Option<&Range<usize>>)> {
    let in_sources = version
        .sources
        .iter()
        .filter_map(|s| s.url.as_deref().filter(|u| u.starts_with("http")))
        .map(|url| (url, None));
    let in_body = version
        .body
        .external
        .iter()
        .map(|(url, span)| (url.as_str(), Some(span)));
    in_sources.chain(in_body)
}

/// Every external link of the site with the places it appears (file index, byte range).
fn collect(model: &SiteModel) -> BTreeMap<String, Vec<(usize, Range<usize>)>> {
    let mut links: BTreeMap<String, Vec<(usize, Range<usize>)>> = BTreeMap::new();
    for version in model.pages.iter().flat_map(|p| p.versions.values()) {
        let text = &model.files[version.file].text;
        for (url, span) in external_links(version) {
            let span = span.cloned().unwrap_or_else(|| source_span(text, url));
            links
                .entry(url.to_string())
                .or_default()
                .push((version.file, span));
        }
    }
    links
}

/// Reports addresses of links to other sites that are wrong on their face: no request is
/// needed to see them, so every build and check does it. A source link that reads
/// `https://news.belgium.be./…` (a stray dot after the host) got into the shipped content
/// unnoticed: browsers forgive it, but some servers, proxies and certificate checks do not, and
/// a reader copying the address by hand may not either. Warnings, like the other link checks.
pub fn lint(model: &SiteModel, diagnostics: &mut Vec<Diagnostic>) {
    // Every version in parallel, without copying an address unless it is wrong: a 10,000-page
    // site has tens of thousands of links, and this runs in every build.
    let found: Vec<Diagnostic> = model
        .pages
        .par_iter()
        .flat_map_iter(|page| page.versions.values())
        .flat_map_iter(|version| {
            let f = &model.files[version.file];
            external_links(version)
                .filter_map(|(url, span)| {
                    let (message, help) = address_problem(url)?;
                    let span = span.cloned().unwrap_or_else(|| source_span(&f.text, url));
                    Some(
                        Diagnostic::warning("W0103", message)
                            .at(&f.display_path, &f.text, span)
                            .with_help(help),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    diagnostics.extend(found);
}

/// Where a `[[sources]]` address is written in its file (the quoted string), or an empty range.
fn source_span(text: &str, url: &str) -> Range<usize> {
    let needle = format!("\"{url}\"");
    text.find(&needle).map_or(0..0, |i| i..i + needle.len())
}

/// What is wrong with an `http(s)` address, as a message and a help, or `None` when its
/// shape is sound. Only mistakes that are certain: a host with a trailing dot or an empty
/// label, no host at all, whitespace, or `:/` where `://` was meant.
fn address_problem(url: &str) -> Option<(String, String)> {
    if url.contains(char::is_whitespace) {
        return Some((
            format!("the link `{url}` contains a space"),
            "remove the space, or write it as %20 if the address really has one".to_string(),
        ));
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return Some((
            format!("the link `{url}` has no `//` after its scheme"),
            "write the address as `https://host/path`".to_string(),
        ));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_and_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host_and_port.starts_with('[') {
        return None; // an IPv6 literal: nothing here to judge
    }
    let host = host_and_port.split(':').next().unwrap_or_default();
    // The host is the start of `host_and_port`, which ends `authority`, which starts `rest`.
    let host_end = authority.len() - host_and_port.len() + host.len();
    let after_host = &rest[host_end..];
    if host.is_empty() {
        return Some((
            format!("the link `{url}` has no host after `{scheme}://`"),
            "write the address as `https://host/path`".to_string(),
        ));
    }
    if let Some(trimmed) = host.strip_suffix('.').filter(|h| !h.is_empty()) {
        return Some((
            format!("the host `{host}` in the link `{url}` ends with a dot"),
            format!("remove the dot: `{scheme}://{trimmed}{after_host}`"),
        ));
    }
    if host.split('.').any(str::is_empty) {
        return Some((
            format!("the host `{host}` in the link `{url}` has an empty part between dots"),
            "check the address: a host reads like `www.example.org`".to_string(),
        ));
    }
    None
}

/// Checks every external link (at most 8 requests at a time) and reports the broken ones.
pub fn check(model: &SiteModel, diagnostics: &mut Vec<Diagnostic>) {
    let links = collect(model);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(8).build();
    let urls: Vec<&String> = links.keys().collect();
    let results: Vec<LinkStatus> = match pool {
        Ok(pool) => pool.install(|| urls.par_iter().map(|u| probe(u)).collect()),
        Err(_) => urls.iter().map(|u| probe(u)).collect(),
    };
    for (url, status) in urls.into_iter().zip(results) {
        let (code, message, help) = match status {
            LinkStatus::Fine => continue,
            LinkStatus::Broken(code) => (
                "W0101",
                format!("the link {url} answers HTTP {code}"),
                "the page may have moved: find its new address, or cite an archived copy",
            ),
            LinkStatus::Unreachable(why) => (
                "W0102",
                format!("the link {url} could not be reached ({why})"),
                "check the address; if the site is only down for now, check again later",
            ),
        };
        for (file, span) in &links[url] {
            let f = &model.files[*file];
            diagnostics.push(
                Diagnostic::warning(code, message.clone())
                    .at(&f.display_path, &f.text, span.clone())
                    .with_help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::address_problem;

    #[test]
    fn a_trailing_dot_in_the_host_is_found_and_the_fix_is_the_address_without_it() {
        let (message, help) = address_problem("https://news.belgium.be./fr/node/9688").unwrap();
        assert!(message.contains("`news.belgium.be.`"), "{message}");
        assert!(message.contains("ends with a dot"), "{message}");
        assert_eq!(
            help,
            "remove the dot: `https://news.belgium.be/fr/node/9688`"
        );
        let (_, help) = address_problem("http://user@example.org.:8080?q=1").unwrap();
        assert_eq!(help, "remove the dot: `http://example.org:8080?q=1`");
        // The host is found by position, not by searching for its text (here also the user).
        let (_, help) = address_problem("https://a.@a./x").unwrap();
        assert_eq!(help, "remove the dot: `https://a/x`");
    }

    #[test]
    fn other_certain_mistakes_are_found() {
        for (url, says) in [
            ("https://www.senate .be/x", "contains a space"),
            ("https:/www.senate.be/x", "no `//`"),
            ("https:///x", "no host"),
            ("https://www..senate.be/x", "empty part between dots"),
            ("https://.senate.be/", "empty part between dots"),
        ] {
            let (message, _) = address_problem(url).unwrap_or_else(|| panic!("{url} passed"));
            assert!(message.contains(says), "{url}: {message}");
        }
    }

    #[test]
    fn sound_addresses_pass() {
        for url in [
            "https://news.belgium.be/fr/node/9688",
            "http://worldlii.org/int/other/COETS/1983/4.html",
            "https://www.senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=5&NR=8855&LANG=nl",
            "https://example.org:8443/a.b./c",
            "https://example.org#frag.",
            "http://[::1]:8080/",
            "https://user:pa.ss@example.org/",
            "https://localhost/",
        ] {
            assert_eq!(address_problem(url), None, "{url}");
        }
    }
}
