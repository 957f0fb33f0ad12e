//! Translations a ministry can trust: which version of its original each translation
//! translates (provenance), how far a human has reviewed it (state), a status report per
//! language, and round trips with professional translators through XLIFF 2.1 and gettext PO.
//!
//! Everything here reads the site through the same `source`/`frontmatter` stages as a build and
//! writes only front-matter lines, block texts and `[[texts]]` values of content files (and the
//! translation memory under `.homeward/`), so a round trip never disturbs what it did not touch.

pub mod edit;
pub mod glossary;
pub mod import;
pub mod po;
pub mod provenance;
pub mod report;
pub mod segment;
pub mod site;
pub mod strings;
pub mod units;
pub mod xliff;

use std::fmt;

/// How far a translation has been reviewed: a page says so to its readers, and a site can
/// refuse to publish a language below a state (`min_translation` in site.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum State {
    /// Produced or assisted by a machine, not reviewed by a person.
    #[default]
    Machine,
    /// Read and corrected by a person.
    Reviewed,
    /// Approved by the publisher (a ministry's sworn translator): the page says nothing.
    Final,
}

impl State {
    /// Every state, lowest first, as written in front matter.
    pub const ALL: [State; 3] = [State::Machine, State::Reviewed, State::Final];

    /// The word written in front matter (`translation = "reviewed"`).
    pub fn as_str(self) -> &'static str {
        match self {
            State::Machine => "machine",
            State::Reviewed => "reviewed",
            State::Final => "final",
        }
    }

    /// Reads the front-matter word; `None` for anything else.
    pub fn parse(word: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// The XLIFF 2 segment state a target in this state is exported with.
    pub fn xliff(self) -> &'static str {
        match self {
            State::Machine => "translated",
            State::Reviewed => "reviewed",
            State::Final => "final",
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Words in a text, the way agencies count them: runs separated by white space. (Khmer and Lao
/// write without spaces, so their counts are of phrases; the counts are only ever of the
/// default language's text, which is English on the shipped site.)
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The review state a file's front matter gives (`machine` when it gives none: an unmarked
/// translation is not vouched for). An unknown word and the retired `machine_translated` key
/// are errors at their place in the file.
pub fn state_of(
    front: &crate::frontmatter::RawFrontMatter,
    file: &crate::source::SourceFile,
    base: usize,
    diagnostics: &mut Vec<crate::diagnostic::Diagnostic>,
) -> State {
    use crate::diagnostic::Diagnostic;
    if let Some(old) = &front.machine_translated {
        let span = base + old.span().start..base + old.span().end;
        diagnostics.push(
            Diagnostic::error("E0219", "`machine_translated` is replaced by `translation`")
                .at(&file.display_path, &file.text, span)
                .with_help("write `translation = \"machine\"` (or `\"reviewed\"`, `\"final\"` once a person has reviewed it)"),
        );
    }
    let Some(word) = &front.translation else {
        return State::Machine;
    };
    State::parse(word.get_ref()).unwrap_or_else(|| {
        let span = base + word.span().start..base + word.span().end;
        diagnostics.push(
            Diagnostic::error(
                "E0217",
                format!("unknown translation state `{}`", word.get_ref()),
            )
            .at(&file.display_path, &file.text, span)
            .with_help("write `translation = \"machine\"`, `\"reviewed\"` or `\"final\"`"),
        );
        State::Machine
    })
}

/// Whether a translation reaches its language's `min_translation`: one below it is left out,
/// so the page shows the original marked as not yet translated instead.
pub fn publishable(
    front: &crate::frontmatter::RawFrontMatter,
    language: Option<&crate::config::Language>,
) -> bool {
    let state = front
        .translation
        .as_ref()
        .and_then(|w| State::parse(w.get_ref()))
        .unwrap_or_default();
    language.is_none_or(|l| state >= l.min_translation)
}
