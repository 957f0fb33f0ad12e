//! A country's contacts: the offices a family writes to. Families act on these addresses, so a
//! contact is published only with the page it was read on (`source`) and the day it was read
//! (`checked`), its role is one of a fixed vocabulary (the route answers pick central
//! authorities and consulates by it), and a contact not checked for a year is flagged.

use crate::agreement::SourceRef;
use crate::diagnostic::{Diagnostic, closest};
use crate::frontmatter::{self, RawContact};
use crate::locale::Date;

/// What an office does for a family. The route answers show the central authorities and the
/// consular services of both countries; country pages show every role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ContactRole {
    /// The authority that receives and decides transfer requests.
    CentralAuthority,
    /// The foreign ministry's consular service, embassies and consulates.
    Consular,
    /// The prison administration.
    PrisonService,
    /// A charity or service that supports prisoners abroad and their families.
    Support,
    /// Anything else.
    Other,
}

impl ContactRole {
    /// Every role, in the order pages list them.
    pub const ALL: [ContactRole; 5] = [
        ContactRole::CentralAuthority,
        ContactRole::Consular,
        ContactRole::PrisonService,
        ContactRole::Support,
        ContactRole::Other,
    ];

    /// The word written in front matter, open data and the theme's keys (`contact-role-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            ContactRole::CentralAuthority => "central-authority",
            ContactRole::Consular => "consular",
            ContactRole::PrisonService => "prison-service",
            ContactRole::Support => "support",
            ContactRole::Other => "other",
        }
    }

    /// The role a front-matter word names, if any.
    pub fn parse(word: &str) -> Option<ContactRole> {
        ContactRole::ALL.into_iter().find(|r| r.as_str() == word)
    }

    /// Whether every route answer names this role's offices for both countries.
    pub fn in_answers(self) -> bool {
        matches!(self, ContactRole::CentralAuthority | ContactRole::Consular)
    }
}

/// A contact office of a country, as checked against its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// What it does for a family.
    pub role: ContactRole,
    /// Office name.
    pub name: String,
    /// Its name in the country's language, as the source gives it.
    pub name_local: Option<String>,
    /// The language of `name_local` (canonical BCP 47).
    pub name_local_lang: Option<String>,
    /// Web page.
    pub url: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// Postal address, one line per line.
    pub address: Option<String>,
    /// The language the address is written in, when given (canonical BCP 47).
    pub address_lang: Option<String>,
    /// The web page it was read on.
    pub source: String,
    /// That page's name.
    pub source_title: Option<String>,
    /// When it was last checked against its source.
    pub checked: Date,
    /// Where `checked` is written (byte range of the file's text), for the W0030 warning.
    pub checked_span: std::ops::Range<usize>,
    /// What a family should know about it (an old source, a contradiction).
    pub notes: Option<String>,
}

/// Checks one `[[country.contacts]]` table. Every problem is reported at the contact's `role`
/// line (the one key every contact has); `None` when it cannot be published.
pub fn from_raw(
    raw: &RawContact,
    src: &SourceRef,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Contact> {
    let span = src.base + raw.role.span().start..src.base + raw.role.span().end;
    let at = |d: Diagnostic| d.at(src.file, src.text, span.clone());
    let role = role(raw.role.get_ref()).map_err(|d| diagnostics.push(at(d)));
    let source = match raw.source.as_deref().map(str::trim) {
        Some(s) if s.starts_with("https://") || s.starts_with("http://") => Some(s.to_string()),
        Some(s) => {
            diagnostics.push(at(Diagnostic::error("E0231", format!("the contact's `source` `{s}` is not a web address"))
                .with_help("`source` is the address of the page that gives this contact: `source = \"https://...\"`")));
            None
        }
        None => {
            diagnostics.push(at(Diagnostic::error("E0231", format!("the contact `{}` has no `source`", raw.name))
                .with_help("add `source = \"https://...\"`, the page that gives this contact: families write to it, so a contact nobody can check is not published")));
            None
        }
    };
    let checked = match &raw.checked {
        Some(d) => frontmatter::date(d, src.file, src.text, src.base)
            .map(|date| (date, src.base + d.span().start..src.base + d.span().end))
            .map_err(|e| diagnostics.push(e))
            .ok(),
        None => {
            diagnostics.push(at(Diagnostic::error(
                "E0232",
                format!("the contact `{}` has no `checked` date", raw.name),
            )
            .with_help(
                "add `checked = YYYY-MM-DD`, the day the contact was last read on its source",
            )));
            None
        }
    };
    let name_local_lang = language(&raw.name_local_lang, src, diagnostics);
    let address_lang = language(&raw.address_lang, src, diagnostics);
    let (checked, checked_span) = checked?;
    Some(Contact {
        role: role.ok()?,
        name: raw.name.clone(),
        name_local: raw.name_local.clone(),
        name_local_lang: name_local_lang.ok()?,
        url: raw.url.clone(),
        email: raw.email.clone(),
        phone: raw.phone.clone(),
        address: raw.address.as_ref().map(frontmatter::RawAddress::text),
        address_lang: address_lang.ok()?,
        source: source?,
        source_title: raw.source_title.clone(),
        checked,
        checked_span,
        notes: raw.notes.clone(),
    })
}

/// The role a word names, or an error that lists the vocabulary and suggests the closest word.
fn role(word: &str) -> Result<ContactRole, Diagnostic> {
    if let Some(r) = ContactRole::parse(word) {
        return Ok(r);
    }
    let words: Vec<&str> = ContactRole::ALL.iter().map(|r| r.as_str()).collect();
    let mut help = format!("a contact's role is one of: {}", words.join(", "));
    if let Some(near) = closest(word, words.iter().copied()) {
        help = format!("did you mean `{near}`? {help}");
    } else if word == "ministry" {
        help = format!(
            "a ministry that decides transfer requests is `central-authority`, its consular service `consular`; {help}"
        );
    }
    Err(Diagnostic::error("E0230", format!("unknown contact role `{word}`")).with_help(help))
}

/// A checked, canonical language code, or `Err` after reporting a bad one.
fn language(
    value: &Option<toml::Spanned<String>>,
    src: &SourceRef,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Option<String>, ()> {
    let Some(value) = value else { return Ok(None) };
    crate::locale::canonical_language_code(value.get_ref())
        .map(Some)
        .map_err(|why| {
            let span = src.base + value.span().start..src.base + value.span().end;
            diagnostics.push(
                Diagnostic::error("E0233", format!("`{}`: {why}", value.get_ref()))
                    .at(src.file, src.text, span)
                    .with_help("write the language as a BCP 47 code, e.g. `fr`, `nl`, `th`"),
            );
        })
}

/// The W0030 warning, at the contact's `checked` line of `file` (whose text is `text`), when
/// it was last checked over a year before `today`: an address a family writes to must be
/// re-read on its source at least once a year.
pub fn stale(
    contact: &Contact,
    today: Date,
    file: &std::path::Path,
    text: &str,
) -> Option<Diagnostic> {
    (contact.checked.days_until(today) > 365).then(|| {
        Diagnostic::warning(
            "W0030",
            format!(
                "the contact `{}` was last checked on {}, over a year ago",
                contact.name, contact.checked
            ),
        )
        .at(file, text, contact.checked_span.clone())
        .with_help("re-read the contact on its `source` and update `checked`, or remove it if the office has moved")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_reads_back_its_own_word() {
        for r in ContactRole::ALL {
            assert_eq!(ContactRole::parse(r.as_str()), Some(r));
        }
        assert!(ContactRole::CentralAuthority.in_answers());
        assert!(!ContactRole::Support.in_answers());
    }

    #[test]
    fn an_unknown_role_suggests_the_nearest_and_lists_all() {
        let d = role("consulr").unwrap_err();
        assert_eq!(d.code, "E0230");
        let help = d.help.unwrap_or_default();
        assert!(help.contains("did you mean `consular`"), "{help}");
        assert!(help.contains("prison-service"), "{help}");
        let d = role("ministry").unwrap_err();
        assert!(d.help.unwrap_or_default().contains("central-authority"));
    }

    #[test]
    fn an_address_in_lines_or_text_is_the_same_text() {
        let lines = frontmatter::RawAddress::Lines(vec!["Rue 1".into(), " 1000 Bruxelles ".into()]);
        let text = frontmatter::RawAddress::Text("Rue 1\n\n1000 Bruxelles\n".into());
        assert_eq!(lines.text(), "Rue 1\n1000 Bruxelles");
        assert_eq!(text.text(), lines.text());
    }
}
