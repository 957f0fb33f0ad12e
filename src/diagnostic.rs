//! Problems found in a site, as data.
//!
//! Every stage reports problems as [`Diagnostic`] values instead of stopping at the first one, so
//! an editor sees everything that is wrong in one run. A diagnostic knows its file, the exact
//! place (line and column, 1-based, columns counted in Unicode scalar values as editors do), a
//! message that says what is wrong and a `help` line that says how to fix it. Rendering for
//! people goes through `annotate-snippets` (the renderer rustc uses); rendering for machines is
//! one JSON object per diagnostic.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// The one table of diagnostic codes, their exit classes and explanations (`homeward explain`).
pub mod registry;

/// How bad a problem is: errors fail the build, warnings only fail it with `--deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something the reader of the site would be harmed by, or that stops the build.
    Error,
    /// Something worth fixing that does not stop publication.
    Warning,
}

/// Where in a source file a problem is, with the line's text kept for the caret display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Path as the user should see it (relative to the site root when possible).
    pub file: PathBuf,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column in Unicode scalar values.
    pub column: usize,
    /// The text of the line, without its line ending.
    pub line_text: String,
    /// Byte range of the problem inside `line_text` (at least one byte when the line allows).
    pub span_in_line: Range<usize>,
}

impl Location {
    /// Finds the line and column of a byte range inside a whole file's text.
    ///
    /// Out-of-range or mid-character offsets are clamped, never a panic: diagnostics must not
    /// crash on the very input they describe.
    pub fn from_span(file: &Path, text: &str, span: Range<usize>) -> Location {
        let mut start = span.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = span.end.clamp(start, text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut line_text = &text[line_start..line_end];
        if let Some(stripped) = line_text.strip_suffix('\r') {
            line_text = stripped;
        }
        let line = text[..line_start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let local_start = (start - line_start).min(line_text.len());
        let mut local_end = (end.min(line_end) - line_start).min(line_text.len());
        if local_end <= local_start {
            local_end = line_text[local_start..]
                .chars()
                .next()
                .map_or(local_start, |c| local_start + c.len_utf8());
        }
        Location {
            file: file.to_path_buf(),
            line,
            column,
            line_text: line_text.to_string(),
            span_in_line: local_start..local_end,
        }
    }

    /// A location that names a file but no position in it (unreadable file, missing file...).
    pub fn file_only(file: &Path) -> Location {
        Location {
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            line_text: String::new(),
            span_in_line: 0..0,
        }
    }
}

/// One problem, with everything needed to explain it to a non-programmer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable identifier (`E0101`), so documentation and tests can refer to it.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where; `None` for problems with no file (a bad command-line option).
    pub location: Option<Location>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with a code and message; add a place and help with the builder methods.
    pub fn error(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: Severity::Error,
            message: message.into(),
            location: None,
            help: None,
        }
    }

    /// A warning with a code and message.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// Points the diagnostic at a byte range of a file's text.
    pub fn at(mut self, file: &Path, text: &str, span: Range<usize>) -> Diagnostic {
        self.location = Some(Location::from_span(file, text, span));
        self
    }

    /// Points the diagnostic at a file without a position.
    pub fn in_file(mut self, file: &Path) -> Diagnostic {
        self.location = Some(Location::file_only(file));
        self
    }

    /// Adds the line that tells the reader how to fix the problem.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Adds a help line only when there is none yet.
    pub fn with_help_if_none(mut self, help: impl Into<String>) -> Diagnostic {
        if self.help.is_none() {
            self.help = Some(help.into());
        }
        self
    }

    /// True when this diagnostic stops a build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Renders the diagnostic as people read it: `error[CODE]: message`, `--> file:line:col`,
    /// the source line with a caret, and `help:`.
    pub fn render_human(&self, color: bool) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let path_text;
        let mut group = Group::with_title(level.primary_title(self.message.as_str()).id(self.code));
        if let Some(location) = &self.location {
            path_text = if location.line > 0 {
                location.file.display().to_string()
            } else {
                String::new()
            };
            if location.line > 0 {
                group = group.element(
                    Snippet::source(location.line_text.as_str())
                        .line_start(location.line)
                        .path(path_text.as_str())
                        .annotation(AnnotationKind::Primary.span(location.span_in_line.clone())),
                );
            }
        }
        let mut report = vec![group];
        if let Some(location) = &self.location
            && location.line == 0
        {
            report.push(Group::with_title(
                Level::NOTE.secondary_title(format!("in {}", location.file.display())),
            ));
        }
        if let Some(help) = &self.help {
            report.push(Group::with_title(
                Level::HELP.secondary_title(help.as_str()),
            ));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&report)
    }

    /// One line of JSON for CI systems and editors.
    pub fn to_json(&self) -> serde_json::Value {
        let (file, line, column) = match &self.location {
            Some(l) => (
                Some(l.file.to_string_lossy().replace('\\', "/")),
                (l.line > 0).then_some(l.line),
                (l.line > 0).then_some(l.column),
            ),
            None => (None, None, None),
        };
        serde_json::json!({
            "code": self.code,
            "severity": self.severity,
            "file": file,
            "line": line,
            "column": column,
            "message": self.message,
            "help": self.help,
        })
    }
}

/// Renders a list of diagnostics for a terminal, with a closing count line.
pub fn render_all_human(diagnostics: &[Diagnostic], color: bool) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.render_human(color));
        out.push_str("\n\n");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    if errors > 0 || warnings > 0 {
        let _ = writeln!(
            out,
            "{} error{}, {} warning{}",
            errors,
            if errors == 1 { "" } else { "s" },
            warnings,
            if warnings == 1 { "" } else { "s" }
        );
    }
    out
}

/// Sorts diagnostics by file, line and column so output is stable from run to run whatever
/// order parallel stages found them in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            d.location
                .as_ref()
                .map(|l| (l.file.clone(), l.line, l.column))
        };
        key(a)
            .cmp(&key(b))
            .then(a.code.cmp(b.code))
            .then(a.message.cmp(&b.message))
    });
}

/// Sorts and removes exact duplicates (the same problem found once per language is shown once).
pub fn dedup(diagnostics: &mut Vec<Diagnostic>) {
    sort(diagnostics);
    diagnostics.dedup();
}

/// Finds the closest candidate to a misspelt word, for "did you mean" hints.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&word_lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= c.chars().count().max(word.chars().count()).div_ceil(3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    // Optimal string alignment: a swap of two neighbouring letters ("titel") counts as one edit.
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_lines_and_unicode_columns() {
        let text = "+++\ntitle = \"ខ្មែរ\" x\n+++\n";
        let at = text.find('x').unwrap();
        let loc = Location::from_span(Path::new("a.md"), text, at..at + 1);
        assert_eq!(loc.line, 2);
        assert_eq!(loc.column, 17);
        assert_eq!(&loc.line_text[loc.span_in_line.clone()], "x");
    }

    #[test]
    fn location_clamps_bad_offsets() {
        let loc = Location::from_span(Path::new("a.md"), "é", 1..99);
        assert_eq!(loc.line, 1);
        let loc = Location::from_span(Path::new("a.md"), "", 5..9);
        assert_eq!(loc.column, 1);
    }

    #[test]
    fn human_rendering_has_code_place_caret_and_help() {
        let text = "+++\ntitel = \"x\"\n+++\n";
        let d = Diagnostic::error("E0103", "unknown front-matter key `titel`")
            .at(Path::new("content/a.md"), text, 4..9)
            .with_help("did you mean `title`?");
        let out = d.render_human(false);
        assert!(
            out.contains("error[E0103]: unknown front-matter key `titel`"),
            "{out}"
        );
        assert!(out.contains("content/a.md:2:1"), "{out}");
        assert!(out.contains("^^^^^"), "{out}");
        assert!(out.contains("help: did you mean `title`?"), "{out}");
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        let keys = ["title", "description", "date"];
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("descripton", keys), Some("description"));
        assert_eq!(closest("zzzzzz", keys), None);
    }
}
