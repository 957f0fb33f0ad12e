//! `check --external-links`: every link to another site (in page bodies and in `[[sources]]`)
//! is requested once, with a timeout, and broken ones are reported at each place they appear.
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
use crate::model::SiteModel;

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

/// Every external link of the site with the places it appears (file index, byte range).
fn collect(model: &SiteModel) -> BTreeMap<String, Vec<(usize, Range<usize>)>> {
    let mut links: BTreeMap<String, Vec<(usize, Range<usize>)>> = BTreeMap::new();
    for page in &model.pages {
        for version in page.versions.values() {
            for (url, span) in &version.body.external {
                links
                    .entry(url.clone())
                    .or_default()
                    .push((version.file, span.clone()));
            }
            let text = &model.files[version.file].text;
            for source in &version.sources {
                if let Some(url) = source.url.as_ref().filter(|u| u.starts_with("http")) {
                    let needle = format!("\"{url}\"");
                    let span = text.find(&needle).map_or(0..0, |i| i..i + needle.len());
                    links
                        .entry(url.clone())
                        .or_default()
                        .push((version.file, span));
                }
            }
        }
    }
    links
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
