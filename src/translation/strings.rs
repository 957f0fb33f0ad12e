//! The theme's interface strings as a translator sees them: each Fluent message of a `.ftl`
//! file with its exact lines, so the report can compare a language's messages with the default
//! language's and an import can replace one message's value without touching the rest.
//!
//! fluent-syntax parses messages but keeps no source positions, and an import must rewrite a
//! value in place byte for byte; so messages are found here by Fluent's own line rule (a
//! message starts at column 0 with `id =`; indented lines continue it). fluent-syntax still
//! checks the file when the site is built.

use std::path::{Path, PathBuf};

use crate::config::SiteConfig;

/// One message of a `.ftl` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// `nav-home`.
    pub key: String,
    /// The value as written after `= ` (continuation lines included, with their newlines).
    pub value: String,
    /// Bytes of the value in the file.
    pub range: std::ops::Range<usize>,
    /// 1-based line of the message.
    pub line: usize,
    /// The `#` comment just above it: `# identical` there marks a value that is meant to be
    /// the same as the default language's (a proper name, "OK").
    pub comment: String,
}

impl Message {
    /// True when the value is one line (the only messages exported: a multi-line value is a
    /// Fluent select expression, which translators edit in the `.ftl` file with its plural
    /// forms).
    pub fn single_line(&self) -> bool {
        !self.value.contains('\n')
    }

    /// True when the comment above it says the value is meant to be identical.
    pub fn intentionally_identical(&self) -> bool {
        self.comment.to_lowercase().contains("identical")
    }
}

/// The messages of a `.ftl` text, in order.
pub fn messages(text: &str) -> Vec<Message> {
    let mut out: Vec<Message> = Vec::new();
    let mut comment = String::new();
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        let continues = content.starts_with([' ', '\t']) && !content.trim().is_empty();
        if continues {
            if let Some(last) = out.last_mut()
                && last.range.end == offset - newline_len(text, offset)
            {
                last.range.end = offset + content.len();
                last.value = text[last.range.clone()].to_string();
            }
        } else if let Some(c) = content.strip_prefix('#') {
            comment.push_str(c);
            comment.push('\n');
        } else if let Some((key, _)) = content.split_once('=')
            && is_key(key.trim_end())
            && !content.starts_with(' ')
        {
            let eq = content.find('=').unwrap_or(0) + 1;
            let start = offset + eq + (content.len() - eq - content[eq..].trim_start().len());
            out.push(Message {
                key: key.trim_end().to_string(),
                value: text[start..offset + content.len()].to_string(),
                range: start..offset + content.len(),
                line: number + 1,
                comment: std::mem::take(&mut comment),
            });
        } else if content.trim().is_empty() {
            comment.clear();
        }
        offset += line.len();
    }
    out
}

fn newline_len(text: &str, offset: usize) -> usize {
    if text[..offset].ends_with("\r\n") {
        2
    } else {
        1
    }
}

fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Where a language's `.ftl` file is: the site's own `i18n/` first, then the theme's (as the
/// build looks for it).
pub fn file_for(root: &Path, config: &SiteConfig, lang: &str) -> PathBuf {
    let name = format!("{lang}.ftl");
    let site = root.join("i18n").join(&name);
    if site.is_file() {
        return PathBuf::from("i18n").join(name);
    }
    PathBuf::from("themes")
        .join(&config.theme)
        .join("i18n")
        .join(name)
}

/// Warns (W0007) about a language whose interface is mostly the default language's words: a
/// `.ftl` file copied and not translated (a new language would otherwise ship its menus and
/// notices in English with no warning). Single strings meant to be identical are marked
/// `# identical` and not counted; the report lists the rest one by one.
pub fn check(
    root: &Path,
    config: &SiteConfig,
    diagnostics: &mut Vec<crate::diagnostic::Diagnostic>,
) {
    let read = |lang: &str| {
        let path = file_for(root, config, lang);
        let text = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        (path, messages(&text))
    };
    let (_, default) = read(&config.default_language);
    for lang in config.languages.iter().skip(1) {
        let (path, own) = read(&lang.code);
        let identical = own
            .iter()
            .filter(|m| !m.intentionally_identical())
            .filter(|m| default.iter().any(|d| d.key == m.key && d.value == m.value))
            .count();
        if !default.is_empty() && identical * 2 > default.len() {
            diagnostics.push(
                crate::diagnostic::Diagnostic::warning(
                    "W0007",
                    format!(
                        "{identical} of {} interface strings of `{}` are the {}'s words, untranslated",
                        default.len(),
                        lang.code,
                        config.default_language
                    ),
                )
                .in_file(&path)
                .with_help(format!(
                    "translate them (`homeward translations --lang {}` lists them; `homeward translations export` sends them to a translator), or mark a string meant to be identical with `# identical` above it",
                    lang.code
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_messages_values_and_comments() {
        let text = "# Title\n\n# identical\nname = Homeward\nmulti =\n    { $n ->\n       *[other] x\n    }\nplain = A { $x } b\n";
        let m = messages(text);
        assert_eq!(m.len(), 3);
        assert_eq!(m[0].value, "Homeward");
        assert!(m[0].intentionally_identical());
        assert!(!m[1].single_line());
        assert_eq!(&text[m[2].range.clone()], "A { $x } b");
        assert_eq!(m[2].line, 9);
    }
}
