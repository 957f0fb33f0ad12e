//! The `site.toml` settings that concern publishing: `[feedback]`, `[publish]` and
//! `[redirects]`. They live here rather than in `config` so that everything about putting the
//! site on a server is in one module; `config` only calls [`check`].

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// Where readers report a mistake on a page. A government site must offer a way; a site that has
/// no address yet says so explicitly (`pending`), so the omission is a decision, not an accident.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Feedback {
    /// No `[feedback]` table: `check` warns (W0201).
    #[default]
    Missing,
    /// `pending = "reason"`: no address yet, for the reason given; no link is shown, no warning.
    Pending(String),
    /// `email = "..."`: a `mailto:` link with the page's address and language in the subject.
    Email(String),
    /// `url = "..."`: a link to a form, with `page` and `lang` query parameters.
    Url(String),
}

/// `[feedback]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFeedback {
    email: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    pending: Option<Spanned<String>>,
}

/// `[publish]`: what `build` writes for static hosts and what the security headers say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Publish {
    /// Write `_headers` and `_redirects` (Netlify, Cloudflare Pages, GitLab Pages read them).
    /// On by default: the files are inert on any other server (and its configuration hides them).
    pub host_files: bool,
    /// Send `Strict-Transport-Security`. Off by default, because once a browser has seen it the
    /// site cannot go back to plain HTTP for the max-age (two years): turn it on only when HTTPS
    /// works for good on this host name.
    pub hsts: bool,
}

impl Default for Publish {
    fn default() -> Publish {
        Publish {
            host_files: true,
            hsts: false,
        }
    }
}

/// One permanent redirect from an address that no longer exists (a renamed slug) to where the
/// page is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// Root-relative path readers may still have (`/guides/old-name/`).
    pub from: String,
    /// Root-relative path or absolute URL they are sent to.
    pub to: String,
    /// Where it is written in `site.toml`, for problems found once the site is built.
    pub at: Option<crate::diagnostic::Location>,
}

/// Checks `[feedback]` and `[redirects]`, adding problems (pointing into `site.toml`) to
/// `problems`.
pub fn check(
    feedback: Option<&Spanned<RawFeedback>>,
    redirects: &BTreeMap<Spanned<String>, Spanned<String>>,
    file: &Path,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> (Feedback, Vec<Redirect>) {
    let feedback = match feedback {
        None => Feedback::Missing,
        Some(raw) => check_feedback(raw, file, text, problems),
    };
    let mut list = Vec::new();
    for (from, to) in redirects {
        if let Some(r) = check_redirect(from, to, file, text, problems) {
            list.push(r);
        }
    }
    (feedback, list)
}

fn check_feedback(
    raw: &Spanned<RawFeedback>,
    file: &Path,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Feedback {
    let r = raw.get_ref();
    let given = [&r.email, &r.url, &r.pending];
    if given.iter().filter(|v| v.is_some()).count() != 1 {
        problems.push(
            Diagnostic::error("E0020", "`[feedback]` needs exactly one of `email`, `url` or `pending`")
                .at(file, text, raw.span())
                .with_help("write `email = \"corrections@example.org\"`, `url = \"https://example.org/report\"`, or, while nobody answers yet, `pending = \"why\"`"),
        );
        return Feedback::Missing;
    }
    if let Some(email) = &r.email {
        let e = email.get_ref().trim();
        let (user, host) = e.split_once('@').unwrap_or(("", ""));
        if user.is_empty()
            || !host.contains('.')
            || e.chars().any(|c| c.is_whitespace() || "<>\"?&".contains(c))
        {
            problems.push(
                Diagnostic::error("E0021", format!("`{e}` is not an e-mail address"))
                    .at(file, text, email.span())
                    .with_help("write the address alone, like `corrections@ministry.example`"),
            );
        }
        return Feedback::Email(e.to_string());
    }
    if let Some(url) = &r.url {
        let u = url.get_ref().trim();
        if !(u.starts_with("https://") || u.starts_with("http://"))
            || u.contains(char::is_whitespace)
            || u.contains('#')
        {
            problems.push(
                Diagnostic::error("E0021", format!("`{u}` is not an absolute http(s) address"))
                    .at(file, text, url.span())
                    .with_help("write the report form's full address, like `https://ministry.example/report` (without `#`)"),
            );
        }
        return Feedback::Url(u.to_string());
    }
    let reason = r
        .pending
        .as_ref()
        .map(|p| p.get_ref().trim().to_string())
        .unwrap_or_default();
    if let Some(p) = r.pending.as_ref().filter(|_| reason.is_empty()) {
        problems.push(
            Diagnostic::error("E0020", "`pending` must say why there is no address yet")
                .at(file, text, p.span())
                .with_help(
                    "for example `pending = \"the ministry has not yet named who answers\"`",
                ),
        );
    }
    Feedback::Pending(reason)
}

fn check_redirect(
    from: &Spanned<String>,
    to: &Spanned<String>,
    file: &Path,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Option<Redirect> {
    let (f, t) = (from.get_ref().trim(), to.get_ref().trim());
    let plain = |p: &str| {
        p.starts_with('/') && !p.contains(|c: char| c.is_whitespace() || "?#*\"'\\".contains(c))
    };
    if !plain(f) {
        problems.push(
            Diagnostic::error("E0022", format!("redirect source `{f}` is not a plain root-relative path"))
                .at(file, text, from.span())
                .with_help("write the old address as it was, starting with `/`, without spaces, `?`, `#` or `*`, like `\"/guides/old-name/\" = \"/guides/new-name/\"`"),
        );
        return None;
    }
    let absolute =
        (t.starts_with("https://") || t.starts_with("http://")) && !t.contains(char::is_whitespace);
    if !(plain(t) || absolute) || t == f {
        problems.push(
            Diagnostic::error("E0022", format!("redirect target `{t}` is not a root-relative path or an http(s) URL"))
                .at(file, text, to.span())
                .with_help("write where the page is now, like `/guides/new-name/` (and not the old address itself)"),
        );
        return None;
    }
    Some(Redirect {
        from: f.to_string(),
        to: t.to_string(),
        at: Some(crate::diagnostic::Location::from_span(
            file,
            text,
            from.span(),
        )),
    })
}

/// Warns when a site has no `[feedback]` table: readers of a government site must be able to
/// report a mistake (W0201).
pub fn lint(feedback: &Feedback, problems: &mut Vec<Diagnostic>) {
    if *feedback == Feedback::Missing {
        problems.push(
            Diagnostic::warning("W0201", "the site gives readers no way to report a mistake: `[feedback]` is not set")
                .in_file(Path::new("site.toml"))
                .with_help("add `[feedback]` with `email = \"...\"` or `url = \"...\"`; until someone answers, write `pending = \"why\"` (no link is shown)"),
        );
    }
}
