//! The registry of diagnostic codes: the one place where each code (`E0103`, `W0001`, ...) is
//! defined, with its severity, the exit status it gives, a title and an explanation for an
//! editor who is not a programmer, with a wrong and a right example.
//!
//! Call sites keep writing `Diagnostic::error("E0103", ...)`: the registry is made
//! authoritative by its tests, which read every source file and fail when a code is used but
//! not registered (or registered with another severity), or registered but never used. The
//! command's exit status is taken from here, `homeward explain CODE` prints an entry, and
//! `docs/diagnostics.md` is rendered from the table (a test keeps the committed file in step).

use std::fmt::Write as _;

use super::{Diagnostic, Severity, closest};

mod codes;

/// What kind of problem a code reports, which decides the command's exit status: a script or
/// CI job can then tell "the content needs fixing" (1) from "the command could not do its job
/// here" (2) without reading the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitClass {
    /// A mistake in the site's content or configuration, fixed by editing a file: exit 1.
    Content,
    /// A problem with the machine, the file system, the output folder or the command line
    /// (a file that cannot be read, a folder that cannot be written, a bad argument): exit 2.
    Environment,
}

impl ExitClass {
    /// The process exit status for an error of this class.
    pub fn status(self) -> u8 {
        match self {
            ExitClass::Content => 1,
            ExitClass::Environment => 2,
        }
    }

    /// How the class is named in explanations and the generated documentation.
    pub fn describe(self) -> &'static str {
        match self {
            ExitClass::Content => "content to fix, exit status 1",
            ExitClass::Environment => "environment or usage, exit status 2",
        }
    }
}

/// One registered diagnostic code: everything an editor needs to understand and fix it.
#[derive(Debug, Clone, Copy)]
pub struct Code {
    /// The code as printed in `error[E0103]`: `E` or `W` and four digits.
    pub code: &'static str,
    /// Whether it stops the build (error) or only fails it with `--deny-warnings` (warning).
    pub severity: Severity,
    /// The exit status class when it is reported as an error.
    pub exit: ExitClass,
    /// A few words naming the problem, for lists and headings.
    pub title: &'static str,
    /// What the problem is, why Homeward reports it and how to fix it, in plain English.
    pub explanation: &'static str,
    /// An example that gives the problem: (fence language, text).
    pub wrong: (&'static str, &'static str),
    /// The same example corrected: (fence language, text).
    pub right: (&'static str, &'static str),
}

/// Every registered code, in code order.
pub fn all() -> &'static [Code] {
    codes::CODES
}

/// The entry of a code, if it is registered.
pub fn lookup(code: &str) -> Option<&'static Code> {
    codes::CODES.iter().find(|c| c.code == code)
}

/// The exit class of a code. An unregistered code (which the registry test forbids) counts as
/// content, the class of most codes, so a missing entry never hides an error.
pub fn exit_class(code: &str) -> ExitClass {
    lookup(code).map_or(ExitClass::Content, |c| c.exit)
}

/// The exit status a command reporting `diagnostics` ends with: 0 when clean, else the highest
/// class among its errors (environment over content), and 1 for warnings under
/// `--deny-warnings`.
pub fn exit_status(diagnostics: &[Diagnostic], deny_warnings: bool) -> u8 {
    let worst = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| exit_class(d.code))
        .max();
    match worst {
        Some(class) => class.status(),
        None if deny_warnings && !diagnostics.is_empty() => 1,
        None => 0,
    }
}

/// True when `text` has the shape of a code: `E` or `W` and four digits.
pub fn is_well_formed(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 5 && matches!(bytes[0], b'E' | b'W') && bytes[1..].iter().all(u8::is_ascii_digit)
}

/// What `homeward explain CODE` prints for `query` (case-insensitive), or the E0011 error that
/// says why there is nothing to print: a malformed code, or a well-formed one that is not
/// registered, with the closest registered code when one is near.
pub fn explain(query: &str) -> Result<String, Diagnostic> {
    let wanted = query.trim().to_ascii_uppercase();
    if !is_well_formed(&wanted) {
        return Err(Diagnostic::error(
            "E0011",
            format!("`{query}` is not a diagnostic code"),
        )
        .with_help("a code is E or W and four digits, as printed in `error[E0103]`: run `homeward explain E0103`, or `homeward explain --all` for every code"));
    }
    if let Some(code) = lookup(&wanted) {
        return Ok(render_entry(code));
    }
    // Among codes equally close in spelling, `closest` keeps the first: order them by how
    // near their number is, so E0109 suggests E0108 or E0110 rather than E0009.
    let number = |code: &str| code[1..].parse::<i64>().unwrap_or_default();
    let mut candidates: Vec<&str> = codes::CODES.iter().map(|c| c.code).collect();
    candidates.sort_by_key(|c| (c[..1] != wanted[..1], (number(c) - number(&wanted)).abs()));
    let help = match closest(&wanted, candidates) {
        Some(near) => format!("did you mean `{near}`? `homeward explain --all` lists every code"),
        None => "`homeward explain --all` lists every code".to_string(),
    };
    Err(Diagnostic::error("E0011", format!("there is no diagnostic code {wanted}")).with_help(help))
}

/// One code's entry as Markdown: a heading, its facts, the explanation and both examples.
/// `homeward explain` prints it as `rustc --explain` prints Markdown.
pub fn render_entry(code: &Code) -> String {
    let facts = match code.severity {
        Severity::Error => format!(
            "Error ({}): the command stops and publishes nothing.",
            code.exit.describe()
        ),
        Severity::Warning => {
            "Warning: the site is still built; exit status 1 only with `--deny-warnings`."
                .to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "## {}: {}\n", code.code, code.title);
    let _ = writeln!(out, "{facts}\n");
    let _ = writeln!(out, "{}\n", wrap(code.explanation.trim(), 96));
    for (label, (lang, text)) in [("Wrong:", code.wrong), ("Right:", code.right)] {
        let _ = writeln!(out, "{label}\n\n```{lang}\n{}\n```\n", text.trim_end());
    }
    out
}

/// The paragraphs that open `docs/diagnostics.md`, before the index of codes.
const INTRODUCTION: &[&str] = &[
    "Every problem Homeward reports has a code, such as `error[E0103]`. This page explains each \
     one, with an example that gives the problem and the same example corrected. \
     `homeward explain E0103` prints one entry in the terminal.",
    "Codes starting with `E` are errors: the command stops and nothing is published. Codes \
     starting with `W` are warnings: the site is still built, and `--deny-warnings` makes them \
     fail the command. A command that reports errors exits with status 1 when the content needs \
     fixing (class \"content\") and 2 when the problem is with the machine, the folders or the \
     command line (class \"environment or usage\").",
];

/// The whole of `docs/diagnostics.md`: an introduction, an index of every code and every
/// entry. `homeward explain --all` prints it; a test checks the committed file against it.
pub fn render_markdown() -> String {
    let mut out = String::from(
        "<!-- Generated by `homeward explain --all > docs/diagnostics.md` from \
         src/diagnostic/registry/codes.rs: do not edit by hand. -->\n\n# Diagnostics\n\n",
    );
    for paragraph in INTRODUCTION {
        let _ = writeln!(out, "{}\n", wrap(paragraph, 96));
    }
    out.push_str("| Code | Severity | Class | Problem |\n|---|---|---|---|\n");
    for code in codes::CODES {
        let severity = match code.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let class = match (code.severity, code.exit) {
            (Severity::Warning, _) => "1 only with `--deny-warnings`",
            (_, ExitClass::Content) => "content (1)",
            (_, ExitClass::Environment) => "environment (2)",
        };
        let anchor = code.code.to_ascii_lowercase();
        let _ = writeln!(
            out,
            "| [{}](#{anchor}-{}) | {severity} | {class} | {} |",
            code.code,
            slug(code.title),
            code.title
        );
    }
    out.push('\n');
    for code in codes::CODES {
        out.push_str(&render_entry(code));
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Breaks a paragraph into lines of at most `width` characters (a longer word stays whole),
/// so the explanation reads well in a terminal and in the Markdown source alike.
fn wrap(paragraph: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for word in paragraph.split_whitespace() {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > width {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out
}

/// The anchor GitHub gives a heading's words: lower case, spaces as `-`, punctuation dropped.
fn slug(title: &str) -> String {
    title
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
