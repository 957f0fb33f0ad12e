//! Incremental rebuilds for `serve`: a save that changes only a page's body re-renders that page
//! in every language and nothing else.
//!
//! Everything else (front matter, a new or deleted file, a theme or configuration change, a
//! heading added or removed, which other pages may link to) takes the full build, which is
//! correct by construction. The fast path checks the saved file exactly as the full build does
//! (front matter, Markdown, raw HTML, links and anchors), so it can never publish something the
//! full build would refuse. The search indexes that show the page are rebuilt afterwards, by
//! [`Session::refresh_search`], so the edited page reaches the browser first.

use std::path::PathBuf;

use crate::diagnostic::{self, Diagnostic};
use crate::output::{self, WriteReport};
use crate::pipeline::{self, Built, Options, Outcome};
use crate::{feeds, frontmatter, markdown, model, render, source};

/// How a rebuild was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The whole site.
    Full,
    /// One page, in every language.
    Page,
}

/// A serve session: the last good build, kept in memory.
pub struct Session {
    options: Options,
    last: Option<Built>,
    out: Option<PathBuf>,
    /// Languages whose search index predates a body-only edit.
    stale_search: Vec<String>,
    /// True when the last rebuild failed: the files on disk then differ from the build shown,
    /// even where their bytes match the last good one.
    last_failed: bool,
}

impl Session {
    /// A session that writes where `options` says.
    pub fn new(options: Options) -> Session {
        Session {
            options,
            last: None,
            out: None,
            stale_search: Vec::new(),
            last_failed: false,
        }
    }

    /// The URL of a theme asset (`style.css` → `/style.1a2b3c4d.css`) in the last good build.
    pub fn asset_url(&self, name: &str) -> Option<String> {
        self.last.as_ref()?.theme.asset_urls.get(name).cloned()
    }

    /// Builds everything. On failure the previous build stays in memory and on disk.
    pub fn full(&mut self) -> Outcome {
        let (mut outcome, built) = pipeline::run_keeping(&self.options);
        if let Some(b) = &built {
            outcome.answer_changes = self.answers_changed_since_publication(b);
        }
        if let Some(b) = built {
            self.out = outcome.output_dir.clone();
            self.last = Some(b);
            self.stale_search.clear();
        }
        self.last_failed = outcome.has_errors() || outcome.written.is_none();
        outcome
    }

    /// The route answers the previewed site changes compared with the site last built into
    /// the site's own output folder (`public/`): what families will be told differently once
    /// the editor builds. Stays the same from save to save until the answers are put back or
    /// the site is built.
    fn answers_changed_since_publication(
        &self,
        built: &Built,
    ) -> Option<crate::answer_changes::Report> {
        let published = pipeline::output_dir(
            &pipeline::Options::new(self.options.root.clone()),
            &built.model.config,
        );
        crate::answer_changes::report(&built.model, published)
    }

    /// True when a body-only edit has left search indexes to rewrite.
    pub fn has_stale_search(&self) -> bool {
        !self.stale_search.is_empty()
    }

    /// Rewrites the search indexes left behind by body-only edits (none after a full build),
    /// and says how many files changed. `serve` calls it once the edited page is shown: an
    /// index covers every page of a language, so it costs more than the page itself, and it
    /// stops as soon as `give_way` says a new save is waiting (the indexes not yet written
    /// stay stale, for the next call).
    pub fn refresh_search(
        &mut self,
        give_way: crate::search::GiveWay,
    ) -> Result<WriteReport, Diagnostic> {
        let (Some(built), Some(out)) = (&self.last, &self.out) else {
            return Ok(WriteReport::default());
        };
        let mut report = WriteReport::default();
        while let Some(lang) = self.stale_search.first() {
            let Some(index) = crate::search::index(&built.model, lang, give_way) else {
                break;
            };
            let written = output::write_in_place(out, &[index])?;
            report.written += written.written;
            report.unchanged += written.unchanged;
            self.stale_search.remove(0);
        }
        Ok(report)
    }

    /// Rebuilds after `changed` paths changed: one page when only its body changed, else all;
    /// nothing (`None`) when the one changed page has exactly the bytes of the last good build.
    /// Editors and tools often save in steps (truncate, write, rename), which the watcher may
    /// report as two changes; the second must not rebuild and reload the page again.
    pub fn changed(&mut self, changed: &[PathBuf]) -> Option<(Outcome, Scope)> {
        if std::env::var_os("HOMEWARD_PROFILE").is_some() {
            eprintln!("  changed: {changed:?}");
        }
        if self.is_as_built(changed) {
            return None;
        }
        Some(match self.body_only(changed) {
            Some(outcome) => {
                self.last_failed = outcome.has_errors() || outcome.written.is_none();
                (outcome, Scope::Page)
            }
            None => (self.full(), Scope::Full),
        })
    }

    /// True when `changed` is one content file whose bytes are those the last build, which
    /// succeeded, was made from.
    fn is_as_built(&self, changed: &[PathBuf]) -> bool {
        let ([path], false, Some(built)) = (changed, self.last_failed, self.last.as_ref()) else {
            return false;
        };
        let shown = source::display(&self.options.root, path);
        let Some(old) = built.model.files.iter().find(|f| f.display_path == shown) else {
            return false;
        };
        std::fs::read(path).is_ok_and(|bytes| bytes == old.text.as_bytes())
    }

    fn body_only(&mut self, changed: &[PathBuf]) -> Option<Outcome> {
        let [path] = changed else { return None };
        let root = self.options.root.clone();
        let out = self.out.clone()?;
        let built = self.last.as_mut()?;
        let content = root.join("content");
        let rel = path.strip_prefix(&content).ok()?;
        // A save that turned the file into a link out of the site goes through the full
        // build, which refuses it.
        if path.extension().and_then(|e| e.to_str()) != Some("md")
            || !path.is_file()
            || path.is_symlink()
        {
            return None;
        }
        let shown = source::display(&root, path);
        let index = built
            .model
            .files
            .iter()
            .position(|f| f.display_path == shown)?;
        let mut diagnostics = Vec::new();
        let rel_path = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let Some(file) = source::read_markdown(
            path,
            &rel_path,
            shown.clone(),
            &built.model.config,
            &mut diagnostics,
        ) else {
            return Some(failed(diagnostics));
        };
        let old = &built.model.files[index];
        let (Ok(old_split), new_split) = (
            frontmatter::split(&old.text, &old.display_path),
            frontmatter::split(&file.text, &shown),
        ) else {
            return None;
        };
        let new_split = match new_split {
            Ok(s) => s,
            Err(d) => return Some(failed(vec![d])),
        };
        if old.text[old_split.front_matter.clone()] != file.text[new_split.front_matter.clone()]
            || old.lang != file.lang
        {
            return None;
        }
        // A body that gained template text takes the full build, which knows whether the page
        // is published (E0108); one that only lost some stays on this path.
        let placeholders = |text: &str, body: std::ops::Range<usize>| {
            crate::scaffold::placeholders_in(&text[body], 0..0).len()
        };
        if placeholders(&file.text, new_split.body.clone())
            > placeholders(&old.text, old_split.body.clone())
        {
            return None;
        }
        let body = markdown::render(
            &file.text,
            new_split.body.start,
            &shown,
            built.model.config.allow_unsafe_html,
            &mut diagnostics,
        );
        let (page_index, lang) = built.model.pages.iter().enumerate().find_map(|(i, p)| {
            p.versions
                .iter()
                .find(|(_, v)| v.file == index)
                .map(|(l, _)| (i, l.clone()))
        })?;
        let old_ids: Vec<&str> = built.model.pages[page_index].versions[&lang]
            .body
            .headings
            .iter()
            .map(|h| h.id.as_str())
            .collect();
        let new_ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
        if old_ids != new_ids {
            return None; // other pages may link to these anchors: check the whole site
        }
        // Check the new body with the model as it will be, then commit or roll back.
        let previous_text = std::mem::replace(&mut built.model.files[index].text, file.text);
        let mut version = built.model.pages[page_index].versions[&lang].clone();
        version.body = body;
        model::check_version_links(&built.model, &version, &mut diagnostics);
        if diagnostics.iter().any(Diagnostic::is_error) {
            built.model.files[index].text = previous_text;
            return Some(failed(diagnostics));
        }
        let lang_of_edit = lang.clone();
        let previous_version = built.model.pages[page_index].versions.insert(lang, version);
        let mut outputs = match render::render_page_everywhere(
            &built.model,
            &built.theme,
            &built.shared,
            page_index,
        ) {
            Ok(o) => o,
            Err(mut d) => {
                // Roll back so the model stays the last good one.
                built.model.files[index].text = previous_text;
                if let Some(v) = previous_version {
                    built.model.pages[page_index]
                        .versions
                        .insert(v.lang.clone(), v);
                }
                diagnostics.append(&mut d);
                return Some(failed(diagnostics));
            }
        };
        if built.model.pages[page_index].section == "news" {
            feeds::atom_feeds(&built.model, &built.theme.i18n, &mut |o| outputs.push(o));
        }
        let files = outputs.len();
        match output::write_in_place(&out, &outputs) {
            Ok(report) => {
                // A theme without a search page has no indexes to refresh.
                let showing = if built.theme.has("search.html") {
                    crate::search::languages_showing(&built.model, page_index, &lang_of_edit)
                } else {
                    Vec::new()
                };
                for stale in showing {
                    if !self.stale_search.contains(&stale) {
                        self.stale_search.push(stale);
                    }
                }
                Some(done(diagnostics, report, files, out))
            }
            Err(d) => Some(failed(vec![d])),
        }
    }
}

fn failed(mut diagnostics: Vec<Diagnostic>) -> Outcome {
    diagnostic::dedup(&mut diagnostics);
    Outcome {
        diagnostics,
        ..Outcome::default()
    }
}

fn done(
    mut diagnostics: Vec<Diagnostic>,
    report: WriteReport,
    files: usize,
    out: PathBuf,
) -> Outcome {
    diagnostic::dedup(&mut diagnostics);
    Outcome {
        diagnostics,
        written: Some(report),
        files,
        output_dir: Some(out),
        // A body-only change leaves every route as it was.
        answer_changes: None,
        due_changes: Vec::new(),
    }
}
