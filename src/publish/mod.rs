//! Publishing: from the output folder to a real web server.
//!
//! A build learns what its pages load ([`csp`], [`scan`]) while it writes them, and writes
//! `_headers` and `_redirects` for static hosts ([`headers`]); `homeward server-config` prints
//! the same rules for nginx, Apache and Caddy ([`server_config`]), read from a built site. Both
//! start from one [`SiteFacts`], so every host gets the same 404 pages, caching, content types,
//! redirects and security headers. [`feedback`] puts "Something wrong on this page?" on every
//! page, [`statements`] links the accessibility and privacy statements from every footer,
//! and [`settings`] reads the `site.toml` keys for all of this.

pub mod csp;
pub mod feedback;
pub mod headers;
pub mod scan;
pub mod server_config;
pub mod settings;
mod sink;
pub mod statements;

pub use sink::Scanning;

use std::path::Path;

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use csp::Sources;
use settings::Redirect;

/// The bookkeeping files that are in the output folder but are not for readers: every server
/// configuration answers 404 for them.
pub const PRIVATE_FILES: &[&str] = &[crate::output::MARKER, "_headers", "_redirects"];

/// What every server configuration is made from: the site's languages and 404 pages, its
/// hashed assets, its redirects and what its pages load.
#[derive(Debug, Clone)]
pub struct SiteFacts {
    /// The site's host name, from `base_url` (`transfer.example.org`).
    pub host: String,
    /// `(prefix, 404 page)`, longest prefix first, `("/", "/404.html")` last.
    pub not_found: Vec<(String, String)>,
    /// Root-relative paths of assets whose names carry a content hash (cached for a year).
    pub hashed: Vec<String>,
    /// Root-relative paths of CSV files (hosts often serve them without a charset).
    pub csv: Vec<String>,
    /// Old addresses and where they go.
    pub redirects: Vec<Redirect>,
    /// What the pages load, for the Content-Security-Policy.
    pub sources: Sources,
    /// Send Strict-Transport-Security.
    pub hsts: bool,
}

impl SiteFacts {
    /// Facts from the configuration and what was found in the output.
    pub fn new(config: &SiteConfig, paths: &[String], sources: Sources) -> SiteFacts {
        let mut not_found: Vec<(String, String)> = config
            .languages
            .iter()
            .map(|l| config.language_prefix(&l.code))
            .filter(|p| p != "/")
            .map(|p| (p.clone(), format!("{p}404.html")))
            .collect();
        not_found.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        not_found.push(("/".into(), "/404.html".into()));
        let rooted = |p: &String| format!("/{}", p.trim_start_matches('/'));
        let mut hashed: Vec<String> = paths.iter().filter(|p| is_hashed(p)).map(rooted).collect();
        hashed.sort();
        let mut csv: Vec<String> = paths
            .iter()
            .filter(|p| p.ends_with(".csv"))
            .map(rooted)
            .collect();
        csv.sort();
        SiteFacts {
            host: host_of(&config.base_url),
            not_found,
            hashed,
            csv,
            redirects: config.redirects.clone(),
            sources,
            hsts: config.publish.hsts,
        }
    }

    /// Reads the facts from a built site (for `server-config`): every page is scanned again, so
    /// the configuration matches the site as it is on disk.
    pub fn from_built(config: &SiteConfig, out: &Path) -> Result<SiteFacts, Diagnostic> {
        if !out.join("index.html").is_file() && !out.join("404.html").is_file() {
            return Err(Diagnostic::error(
                "E0702",
                format!("there is no built site in {}", out.display()),
            )
            .in_file(out)
            .with_help("run `homeward build` first (or pass `--output DIR`): the configuration lists what the built pages load"));
        }
        let host = host_of(&config.base_url);
        let mut sources = Sources::default();
        let mut paths = Vec::new();
        for entry in walkdir::WalkDir::new(out)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            let Ok(rel) = entry.path().strip_prefix(out) else {
                continue;
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = rel.to_string_lossy().replace('\\', "/");
            if let Ok(bytes) = std::fs::read(entry.path()) {
                sources.scan(&rel, &bytes, &host);
            }
            paths.push(rel);
        }
        Ok(SiteFacts::new(config, &paths, sources))
    }
}

/// True for a theme asset whose name carries its content hash (`style.1a2b3c4d.css`), which
/// can be cached for a year because a change gives it a new name.
pub fn is_hashed(path: &str) -> bool {
    let Some((stem, ext)) = path.rsplit_once('.') else {
        return false;
    };
    let Some((_, hash)) = stem.rsplit_once('.') else {
        return false;
    };
    matches!(ext, "css" | "js")
        && hash.len() == 8
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The host of a base URL (`https://transfer.example.org/x` → `transfer.example.org`).
pub fn host_of(base_url: &str) -> String {
    base_url
        .split_once("://")
        .map_or(base_url, |(_, r)| r)
        .split('/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed("style.1a2b3c4d.css"));
        assert!(is_hashed("/js/homeward.0123abcd.js"));
        assert!(!is_hashed("style.css"));
        assert!(!is_hashed("data/routes.12345678.json"));
        assert!(!is_hashed("style.1A2B3C4D.css"));
    }

    #[test]
    fn host() {
        assert_eq!(
            host_of("https://Transfer.example.org/sub"),
            "transfer.example.org"
        );
    }
}
