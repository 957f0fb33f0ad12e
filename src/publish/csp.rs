//! The Content-Security-Policy, computed from what the built pages actually contain.
//!
//! Every HTML (and SVG) output is scanned as it is written: the origins its scripts,
//! stylesheets, images, media, frames and forms come from, and a SHA-256 hash of every inline
//! script, `<style>` element and `style` attribute. The policy then allows exactly those and
//! nothing else (`default-src 'none'`), so a theme that adds an inline script gets its hash in
//! the next build without anyone editing a header by hand, and a page that starts loading from
//! another host shows up in the policy (and in review) instead of being blocked silently.

use std::collections::BTreeSet;

use base64::Engine;
use sha2::{Digest, Sha256};

/// What the pages load, by CSP directive. Sets keep the policy's order stable between builds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// `script-src` sources (`'self'`, `https://host`).
    pub script: BTreeSet<String>,
    /// `style-src` sources.
    pub style: BTreeSet<String>,
    /// `img-src` sources (`data:` for the empty favicon).
    pub img: BTreeSet<String>,
    /// `font-src` sources (from stylesheets' `url()`s).
    pub font: BTreeSet<String>,
    /// `connect-src` sources (what scripts fetch: the search index, the finder's data).
    pub connect: BTreeSet<String>,
    /// `media-src` sources.
    pub media: BTreeSet<String>,
    /// `frame-src` sources.
    pub frame: BTreeSet<String>,
    /// `form-action` targets.
    pub form: BTreeSet<String>,
    /// `manifest-src` sources.
    pub manifest: BTreeSet<String>,
    /// Hashes (`'sha256-…'`) of inline `<script>` elements.
    pub script_hashes: BTreeSet<String>,
    /// Hashes of inline `<style>` elements.
    pub style_hashes: BTreeSet<String>,
    /// Hashes of `style="…"` attributes (they need `'unsafe-hashes'`, which allows only these
    /// exact declarations, unlike `'unsafe-inline'`).
    pub style_attr_hashes: BTreeSet<String>,
}

/// `'sha256-…'` of a text, as CSP writes it.
pub fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

impl Sources {
    /// Adds everything from `other`.
    pub fn merge(&mut self, other: Sources) {
        let Sources {
            script,
            style,
            img,
            font,
            connect,
            media,
            frame,
            form,
            manifest,
            script_hashes,
            style_hashes,
            style_attr_hashes,
        } = other;
        self.script.extend(script);
        self.style.extend(style);
        self.img.extend(img);
        self.font.extend(font);
        self.connect.extend(connect);
        self.media.extend(media);
        self.frame.extend(frame);
        self.form.extend(form);
        self.manifest.extend(manifest);
        self.script_hashes.extend(script_hashes);
        self.style_hashes.extend(style_hashes);
        self.style_attr_hashes.extend(style_attr_hashes);
    }

    /// True when a page embeds media or frames, which may go full screen.
    pub fn embeds_media(&self) -> bool {
        !self.media.is_empty() || !self.frame.is_empty()
    }

    /// The policy: `default-src 'none'`, then each directive that has a source.
    pub fn policy(&self) -> String {
        let mut parts = vec!["default-src 'none'".to_string()];
        let mut add = |name: &str, set: &BTreeSet<String>, extra: &[&BTreeSet<String>]| {
            let mut words: Vec<&str> = set.iter().map(String::as_str).collect();
            for e in extra {
                words.extend(e.iter().map(String::as_str));
            }
            if !words.is_empty() {
                parts.push(format!("{name} {}", words.join(" ")));
            }
        };
        add("script-src", &self.script, &[&self.script_hashes]);
        let unsafe_hashes: BTreeSet<String> = if self.style_attr_hashes.is_empty() {
            BTreeSet::new()
        } else {
            BTreeSet::from(["'unsafe-hashes'".to_string()])
        };
        add(
            "style-src",
            &self.style,
            &[&self.style_hashes, &unsafe_hashes, &self.style_attr_hashes],
        );
        add("img-src", &self.img, &[]);
        add("font-src", &self.font, &[]);
        add("connect-src", &self.connect, &[]);
        add("media-src", &self.media, &[]);
        add("frame-src", &self.frame, &[]);
        add("manifest-src", &self.manifest, &[]);
        add("form-action", &self.form, &[]);
        parts.push("base-uri 'none'".into());
        parts.push("frame-ancestors 'none'".into());
        parts.join("; ")
    }

    /// Scans one output by its kind: pages and SVG for tags, stylesheets for `url()`, scripts for
    /// what they fetch. `host` is the site's own host (`transfer.example.org`).
    pub fn scan(&mut self, path: &str, bytes: &[u8], host: &str) {
        let Ok(text) = std::str::from_utf8(bytes) else {
            return;
        };
        match path.rsplit_once('.').map_or("", |(_, e)| e) {
            "html" | "svg" => crate::publish::scan::markup(self, text, host),
            "css" => crate::publish::scan::stylesheet(self, text, host),
            "js" => crate::publish::scan::script(self, text),
            _ => {}
        }
    }
}

/// The CSP source for a URL as written in a page: `'self'` for the site's own addresses,
/// `data:`/`blob:` for those, `https://host[:port]` for another site; `None` for fragments and
/// empty values (which load nothing).
pub fn origin_of(url: &str, host: &str) -> Option<String> {
    let url = url.trim();
    if url.is_empty() || url.starts_with('#') {
        return None;
    }
    let lower = url.to_ascii_lowercase();
    for scheme in ["data:", "blob:"] {
        if lower.starts_with(scheme) {
            return Some(scheme.to_string());
        }
    }
    let rest = if let Some(r) = lower.strip_prefix("//") {
        r
    } else if let Some((scheme, r)) = lower.split_once("://") {
        if !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return Some("'self'".into());
        }
        let authority = r.split(['/', '?', '#']).next().unwrap_or("");
        if authority == host {
            return Some("'self'".into());
        }
        return Some(format!("{scheme}://{authority}"));
    } else {
        return Some("'self'".into());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority == host {
        Some("'self'".into())
    } else {
        Some(format!("https://{authority}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_the_one_browsers_compute() {
        // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn origins() {
        let h = "transfer.example.org";
        assert_eq!(origin_of("/style.css", h).unwrap(), "'self'");
        assert_eq!(
            origin_of("https://transfer.example.org/a", h).unwrap(),
            "'self'"
        );
        assert_eq!(
            origin_of("https://cdn.example.com/x.js", h).unwrap(),
            "https://cdn.example.com"
        );
        assert_eq!(
            origin_of("//cdn.example.com/x.js", h).unwrap(),
            "https://cdn.example.com"
        );
        assert_eq!(origin_of("data:,", h).unwrap(), "data:");
        assert_eq!(origin_of("#top", h), None);
    }

    #[test]
    fn policy_has_no_unsafe_inline_and_only_what_is_used() {
        let mut s = Sources::default();
        s.script.insert("'self'".into());
        s.style.insert("'self'".into());
        let p = s.policy();
        assert_eq!(
            p,
            "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'"
        );
        s.style_attr_hashes.insert(hash("text-align: left"));
        let p = s.policy();
        assert!(
            p.contains("style-src 'self' 'unsafe-hashes' 'sha256-"),
            "{p}"
        );
        assert!(!p.contains("unsafe-inline") && !p.contains("unsafe-eval"));
    }
}
