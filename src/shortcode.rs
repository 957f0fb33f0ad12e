//! The one shortcode content may use: `{{ status(agreement="be-kh-2026") }}`, the status of an
//! agreement as the data gives it, in the reader's language.
//!
//! Prose that states a status by hand goes stale the day the data changes, and a family acts on
//! what it reads. So a sentence that needs the status says it through this shortcode: the build
//! writes the agreement's current answer (the same words as the route finder and the badges),
//! its announced date when it is not yet in force, and the date it was checked.
//!
//! The shortcode is found in the Markdown source before it is parsed, outside code, and replaced
//! by a placeholder of exactly the same length, so every byte offset (and so every line a
//! diagnostic names) stays where it was. The placeholder is resolved per language when a page is
//! rendered, like internal links.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::diagnostic::Diagnostic;

/// Start of a status placeholder in rendered HTML; digits (the shortcode's index) and `x`
/// padding follow.
const PLACEHOLDER: &str = "homeward-status:";

/// A status shortcode of a body: which agreement, and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusShortcode {
    /// The agreement's `id`.
    pub agreement: String,
    /// Byte range of the shortcode in the whole file, for diagnostics.
    pub span: Range<usize>,
}

/// Replaces every status shortcode of `body` (outside code) by a placeholder of the same length.
/// `body_offset` is where the body starts in `text`, the whole file. A `{{ status(` that is not a
/// well-formed shortcode is an error at its place.
pub fn extract(
    text: &str,
    body_offset: usize,
    file: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<String>, Vec<StatusShortcode>) {
    let body = &text[body_offset..];
    if !body.contains("{{") {
        return (None, Vec::new());
    }
    let code = code_ranges(body);
    let mut out = body.to_string();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(pos) = body[from..].find("{{") {
        let start = from + pos;
        from = start + 2;
        if code.iter().any(|r| r.contains(&start)) {
            continue;
        }
        let rest = &body[start + 2..];
        if !rest.trim_start().starts_with("status") {
            continue;
        }
        let Some(close) = rest.find("}}") else {
            diagnostics.push(malformed(
                text,
                file,
                body_offset + start..body_offset + body.len(),
            ));
            break;
        };
        let end = start + 2 + close + 2;
        let span = body_offset + start..body_offset + end;
        match agreement_of(&body[start + 2..end - 2]) {
            Some(id) => {
                let mark = placeholder(found.len(), end - start);
                out.replace_range(start..end, &mark);
                found.push(StatusShortcode {
                    agreement: id,
                    span,
                });
            }
            None => diagnostics.push(malformed(text, file, span)),
        }
        from = end;
    }
    (Some(out), found)
}

/// The agreement id of the inside of `{{ … }}` when it reads `status(agreement="id")`, with any
/// spaces around its parts.
fn agreement_of(inside: &str) -> Option<String> {
    let call = inside.trim().strip_prefix("status")?.trim_start();
    let args = call.strip_prefix('(')?.strip_suffix(')')?.trim();
    let value = args
        .strip_prefix("agreement")?
        .trim_start()
        .strip_prefix('=')?;
    let id = value.trim().strip_prefix('"')?.strip_suffix('"')?;
    let valid = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    valid.then(|| id.to_string())
}

fn malformed(text: &str, file: &Path, span: Range<usize>) -> Diagnostic {
    Diagnostic::error("E0311", "this status shortcode cannot be read")
        .at(file, text, span)
        .with_help("write it as {{ status(agreement=\"be-kh-2026\") }}, with the `id` of the agreement from its [agreement] table")
}

/// `homeward-status:N` padded with `x` to `len` bytes (a shortcode is always longer).
fn placeholder(index: usize, len: usize) -> String {
    let mut mark = format!("{PLACEHOLDER}{index}");
    while mark.len() < len {
        mark.push('x');
    }
    mark
}

/// Byte ranges of code spans and code blocks, where a shortcode is shown as written.
fn code_ranges(body: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut block_start = None;
    for (event, range) in Parser::new(body).into_offset_iter() {
        match event {
            Event::Code(_) => ranges.push(range),
            Event::Start(Tag::CodeBlock(_)) => block_start = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                if let Some(start) = block_start.take() {
                    ranges.push(start..range.end);
                }
            }
            _ => {}
        }
    }
    ranges
}

/// Replaces each placeholder in `html` by `sentence_of(index)`.
pub fn resolve(html: &str, sentence_of: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(pos) = rest.find(PLACEHOLDER) {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + PLACEHOLDER.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let padding = after[digits..].bytes().take_while(|b| *b == b'x').count();
        match after[..digits].parse::<usize>() {
            Ok(index) => out.push_str(&sentence_of(index)),
            Err(_) => out.push_str(PLACEHOLDER),
        }
        rest = &after[digits + padding..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(body: &str) -> (Option<String>, Vec<StatusShortcode>, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let (out, found) = extract(body, 0, Path::new("a.md"), &mut d);
        (out, found, d)
    }

    #[test]
    fn shortcodes_become_placeholders_of_the_same_length_outside_code() {
        let body = "Now: {{ status(agreement=\"be-kh-2026\") }}.\n\n`{{ status(agreement=\"x\") }}`\n\n{{status( agreement = \"a\" )}}\n";
        let (out, found, d) = run(body);
        assert!(d.is_empty(), "{d:?}");
        let out = out.unwrap();
        assert_eq!(out.len(), body.len());
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].agreement, "be-kh-2026");
        assert_eq!(
            &body[found[1].span.clone()],
            "{{status( agreement = \"a\" )}}"
        );
        assert!(
            out.contains("`{{ status(agreement=\"x\") }}`"),
            "code is left alone"
        );
        let html = resolve(&out, |i| format!("<S{i}>"));
        assert!(html.starts_with("Now: <S0>."), "{html}");
        assert!(html.contains("\n<S1>\n"), "{html}");
    }

    #[test]
    fn a_malformed_shortcode_is_an_error_at_its_place() {
        for body in [
            "x {{ status(agreement=be-kh) }}",
            "x {{ status(treaty=\"be-kh\") }}",
            "x {{ status(agreement=\"BE KH\") }}",
            "x {{ status(agreement=\"be-kh\")",
        ] {
            let (_, found, d) = run(body);
            assert!(found.is_empty(), "{body}");
            assert_eq!(d.len(), 1, "{body}");
            assert_eq!(d[0].code, "E0311");
        }
        // Other double braces are ordinary text.
        let (_, found, d) = run("a {{ b }} c");
        assert!(found.is_empty() && d.is_empty());
    }
}
