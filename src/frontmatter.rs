//! Splitting a content file into TOML front matter and Markdown body, and reading the front
//! matter into typed values.
//!
//! The splitter keeps byte offsets, so a TOML error is reported at its real line in the file, not
//! at a line relative to the front matter (Zola's mistake). Unknown keys are errors with a
//! "did you mean" hint; dates must be real dates.

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::diagnostic::{Diagnostic, closest};
use crate::locale::Date;

/// Where the two parts of a content file are, as byte ranges of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the `+++` lines.
    pub front_matter: Range<usize>,
    /// The Markdown after the closing `+++` line.
    pub body: Range<usize>,
}

/// Finds the `+++` fences. The opening fence must be the first line; the closing one a line of
/// its own. CRLF endings and trailing spaces on the fence lines are accepted.
pub fn split(text: &str, file: &Path) -> Result<Split, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error("E0101", "this file is empty")
            .in_file(file)
            .with_help("start the file with front matter: a `+++` line, `title = \"...\"`, and another `+++` line; or delete the file"));
    }
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "+++" {
        return Err(Diagnostic::error("E0102", "the file does not start with front matter")
            .at(file, text, 0..first_line_end)
            .with_help("the first line must be `+++`, then the TOML front matter (at least `title = \"...\"`), then a closing `+++` line"));
    }
    let fm_start = (first_line_end + 1).min(text.len());
    let mut offset = fm_start;
    while offset < text.len() {
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        if text[offset..line_end].trim_end() == "+++" {
            let body_start = (line_end + 1).min(text.len());
            return Ok(Split {
                front_matter: fm_start..offset,
                body: body_start..text.len(),
            });
        }
        offset = line_end + 1;
    }
    Err(Diagnostic::error("E0102", "the front matter is not closed")
        .at(file, text, 0..first_line_end)
        .with_help("add a line containing only `+++` after the last front-matter line"))
}

/// A source that a page's facts come from.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// Name of the document.
    pub title: String,
    /// Where to read it.
    pub url: Option<String>,
    /// When the fact was last checked against it.
    pub checked: Option<Spanned<Datetime>>,
}

/// A translation of one text of the original's data tables (a place of signature, a party's
/// note, a contact's name), keyed by the original's exact words: when they change, the build
/// says the translation is stale instead of showing it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawText {
    /// The words as the original's front matter has them.
    pub original: Spanned<String>,
    /// The same words in this file's language.
    pub text: String,
}

/// A contact for a country (central authority, consulate...). `source` and `checked` are
/// optional here only so that their absence is reported in words (E0231, E0232) at the
/// contact's line, rather than as a TOML error: every published contact has both.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    /// `central-authority`, `consular`, `prison-service`, `support` or `other`.
    pub role: Spanned<String>,
    /// Name of the office.
    pub name: String,
    /// Its name in the country's own language, as the source gives it.
    pub name_local: Option<String>,
    /// The language of `name_local` (BCP 47), so it is read in the right voice.
    pub name_local_lang: Option<Spanned<String>>,
    /// Its web page.
    pub url: Option<String>,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its telephone number.
    pub phone: Option<String>,
    /// Its postal address: one text, or its lines.
    pub address: Option<RawAddress>,
    /// The language the address is written in, when it is not the page's (BCP 47).
    pub address_lang: Option<Spanned<String>>,
    /// Where the contact was found (a web address).
    pub source: Option<String>,
    /// The name of that source, shown as the link's text.
    pub source_title: Option<String>,
    /// When it was last checked against its source.
    pub checked: Option<Spanned<Datetime>>,
    /// What a family should know about this contact (an old source, a contradiction).
    pub notes: Option<String>,
}

/// A postal address as an editor writes it: one text (lines separated by line breaks) or a
/// list of lines, as research notes usually give it.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawAddress {
    /// `address = "Boulevard de Waterloo 115\n1000 Bruxelles"`.
    Text(String),
    /// `address = ["Boulevard de Waterloo 115", "1000 Bruxelles"]`.
    Lines(Vec<String>),
}

impl RawAddress {
    /// The address as one text, one line per line: what is shown (in a `pre-line` block) and
    /// what a translation's `[[texts]]` names as the original's words.
    pub fn text(&self) -> String {
        let lines: Vec<&str> = match self {
            RawAddress::Text(t) => t.lines().collect(),
            RawAddress::Lines(l) => l.iter().flat_map(|line| line.lines()).collect(),
        };
        lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The `[country]` table of a country page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCountry {
    /// ISO 3166-1 alpha-2 code.
    pub code: Spanned<String>,
    /// Contacts.
    #[serde(default)]
    pub contacts: Vec<RawContact>,
}

/// One party's row in an agreement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParty {
    /// ISO 3166-1 alpha-2 code.
    pub country: Spanned<String>,
    /// Date of signature.
    pub signed: Option<Spanned<Datetime>>,
    /// Date of ratification, acceptance, approval or accession.
    pub ratified: Option<Spanned<Datetime>>,
    /// Date of entry into force for this party.
    pub in_force: Option<Spanned<Datetime>>,
    /// Date the denunciation took effect.
    pub denounced: Option<Spanned<Datetime>>,
    /// Reservations, declarations, doubts.
    pub notes: Option<String>,
    /// This party's data rests on an unverified source.
    #[serde(default)]
    pub unverified: bool,
    /// A source says the agreement is in force for this party but gives no date.
    #[serde(default)]
    pub reported_in_force: bool,
    /// Where this party's standing was read, when not the agreement's own `source` (required
    /// for `reported_in_force` when the agreement names no source).
    pub source: Option<String>,
    /// Signed, and our sources do not say whether it has entered into force for this party.
    pub in_force_unknown: Option<Spanned<bool>>,
}

/// The `[agreement]` table of an agreement page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAgreement {
    /// Stable id.
    pub id: Spanned<String>,
    /// Kind of instrument.
    pub kind: Spanned<String>,
    /// Place of signature.
    pub signed_place: Option<String>,
    /// Date of signature or opening for signature.
    pub signed: Option<Spanned<Datetime>>,
    /// General entry into force.
    pub in_force: Option<Spanned<Datetime>>,
    /// Official text.
    pub text_url: Option<String>,
    /// Set by mistake on memoranda; a memorandum marked as a route is an error.
    pub transfer_route: Option<Spanned<bool>>,
    /// Whether the parties list is complete.
    #[serde(default = "yes")]
    pub parties_complete: bool,
    /// When the status data was last checked.
    pub checked: Option<Spanned<Datetime>>,
    /// Where the status data comes from.
    pub source: Option<String>,
    /// The source's name.
    pub source_title: Option<String>,
    /// Whether the sentenced person must agree: `required`, `not-required` or `unknown`.
    pub consent: Option<Spanned<String>>,
    /// Parties.
    #[serde(default)]
    pub parties: Vec<RawParty>,
}

fn yes() -> bool {
    true
}

/// Front matter exactly as written, with spans for later checks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFrontMatter {
    /// Page title.
    pub title: Option<Spanned<String>>,
    /// One-sentence summary.
    pub description: Option<String>,
    /// Publication date.
    pub date: Option<Spanned<Datetime>>,
    /// Last update.
    pub updated: Option<Spanned<Datetime>>,
    /// Left out unless `--drafts`.
    #[serde(default)]
    pub draft: bool,
    /// URL slug override.
    pub slug: Option<Spanned<String>>,
    /// Listing order.
    pub weight: Option<i64>,
    /// Template override.
    pub template: Option<Spanned<String>>,
    /// How far a translation is reviewed: `machine`, `reviewed` or `final` (see
    /// `translation::State`).
    pub translation: Option<Spanned<String>>,
    /// The hash of the original's translatable text this translation translates
    /// (`sha256:…`), so an edited original makes it stale (see `translation::provenance`).
    pub translation_of: Option<Spanned<String>>,
    /// Replaced by `translation = "machine"`; still read so the error can say so.
    pub machine_translated: Option<Spanned<bool>>,
    /// Countries the page concerns.
    pub countries: Option<Vec<Spanned<String>>>,
    /// Agreements the page concerns.
    pub agreements: Option<Vec<Spanned<String>>>,
    /// Sources of the page's facts.
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// Country data.
    pub country: Option<Spanned<RawCountry>>,
    /// Agreement data.
    pub agreement: Option<Spanned<RawAgreement>>,
    /// Translations of the original's data texts (translations only).
    #[serde(default)]
    pub texts: Vec<RawText>,
}

/// Every key a page's front matter may have, for hints.
pub const FRONT_MATTER_KEYS: &[&str] = &[
    "title",
    "description",
    "date",
    "updated",
    "draft",
    "slug",
    "weight",
    "template",
    "translation",
    "translation_of",
    "countries",
    "agreements",
    "sources",
    "country",
    "agreement",
    "texts",
];

const NESTED_KEYS: &[&str] = &[
    "code",
    "contacts",
    "role",
    "name",
    "name_local",
    "name_local_lang",
    "address_lang",
    "url",
    "email",
    "phone",
    "address",
    "source",
    "checked",
    "id",
    "kind",
    "signed_place",
    "signed",
    "in_force",
    "text_url",
    "parties_complete",
    "source_title",
    "parties",
    "country",
    "ratified",
    "denounced",
    "notes",
    "unverified",
    "transfer_route",
    "reported_in_force",
    "in_force_unknown",
    "original",
    "text",
];

/// Parses the front matter of `text` (whose range is `split.front_matter`) into typed values.
pub fn parse(text: &str, split: &Split, file: &Path) -> Result<RawFrontMatter, Diagnostic> {
    let fm = &text[split.front_matter.clone()];
    let raw: RawFrontMatter = toml::from_str(fm).map_err(|e| {
        toml_error_diagnostic(
            &e,
            file,
            text,
            split.front_matter.start,
            FRONT_MATTER_KEYS,
            "E0104",
        )
    })?;
    if raw.title.is_none() {
        return Err(Diagnostic::error("E0106", "the page has no title")
            .at(file, text, 0..3)
            .with_help("add `title = \"...\"` to the front matter"));
    }
    Ok(raw)
}

/// Turns a TOML error into a diagnostic at its real place in the file, with a "did you mean"
/// hint for unknown keys. `base` is the byte offset of the TOML inside `text`.
pub fn toml_error_diagnostic(
    error: &toml::de::Error,
    file: &Path,
    text: &str,
    base: usize,
    keys: &[&str],
    code: &'static str,
) -> Diagnostic {
    let span = error
        .span()
        .map_or(base..base, |s| base + s.start..base + s.end);
    let message = error.message().trim().to_string();
    if let Some(key) = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
    {
        let all = keys.iter().chain(NESTED_KEYS).copied();
        let help = match closest(key, all) {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("remove `{key}`; allowed keys are: {}", keys.join(", ")),
        };
        return Diagnostic::error("E0103", format!("unknown front-matter key `{key}`"))
            .at(file, text, span)
            .with_help(help);
    }
    if message.starts_with("invalid type") {
        return Diagnostic::error("E0107", format!("wrong type: {message}"))
            .at(file, text, span)
            .with_help("text needs quotes (\"...\"), dates are written 2026-01-23 without quotes, true/false and numbers without quotes, lists in [ ]");
    }
    // TOML reads a bare 2026-13-45 as a date and refuses it itself: the help is about dates.
    let help = if message.starts_with("invalid date") || message.starts_with("invalid time") {
        "write the date as year-month-day without quotes, such as 2026-11-22: the month is 01 to 12 and the day must exist in that month"
    } else {
        "check quotes, `=` signs and brackets on this line; text values need double quotes"
    };
    Diagnostic::error(code, format!("invalid TOML: {message}"))
        .at(file, text, span)
        .with_help(help)
}

/// Converts a TOML date to a [`Date`], refusing times without dates and impossible dates.
/// `base` is the offset of the front matter inside `text` (spans are relative to it).
pub fn date(
    value: &Spanned<Datetime>,
    file: &Path,
    text: &str,
    base: usize,
) -> Result<Date, Diagnostic> {
    let span = base + value.span().start..base + value.span().end;
    let Some(d) = value.get_ref().date else {
        return Err(Diagnostic::error("E0105", "this is a time, not a date")
            .at(file, text, span)
            .with_help("write the date as YYYY-MM-DD, e.g. 2026-01-23"));
    };
    Date::new(i32::from(d.year), u32::from(d.month), u32::from(d.day)).map_err(|why| {
        Diagnostic::error("E0105", format!("impossible date: {why}"))
            .at(file, text, span)
            .with_help("check the day and month; dates are written YYYY-MM-DD")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("content/a.md")
    }

    #[test]
    fn splits_with_offsets_and_crlf() {
        let text = "+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n";
        let s = split(text, p()).unwrap();
        assert_eq!(&text[s.front_matter.clone()], "title = \"A\"\r\n");
        assert_eq!(&text[s.body.clone()], "Body\r\n");
    }

    #[test]
    fn missing_and_unclosed_fences_are_errors() {
        assert_eq!(split("title = 1\n", p()).unwrap_err().code, "E0102");
        assert_eq!(
            split("+++\ntitle = \"x\"\n", p()).unwrap_err().code,
            "E0102"
        );
        assert_eq!(split("  \n", p()).unwrap_err().code, "E0101");
    }

    #[test]
    fn toml_errors_point_at_the_real_line() {
        let text = "+++\ntitle = \"A\"\ndate = 2026-01-23\nweight = \"x\n+++\n";
        let s = split(text, p()).unwrap();
        let d = parse(text, &s, p()).unwrap_err();
        assert_eq!(d.location.unwrap().line, 4);
    }

    #[test]
    fn unknown_key_gets_did_you_mean() {
        let text = "+++\ntitle = \"A\"\ndescripton = \"x\"\n+++\n";
        let s = split(text, p()).unwrap();
        let d = parse(text, &s, p()).unwrap_err();
        assert_eq!(d.code, "E0103");
        assert_eq!(d.help.as_deref(), Some("did you mean `description`?"));
        assert_eq!(d.location.unwrap().line, 3);
    }

    #[test]
    fn wrong_type_and_impossible_date() {
        let text = "+++\ntitle = 3\n+++\n";
        let s = split(text, p()).unwrap();
        assert_eq!(parse(text, &s, p()).unwrap_err().code, "E0107");
        let text = "+++\ntitle = \"x\"\ndate = 2026-02-30\n+++\n";
        let s = split(text, p()).unwrap();
        let result = parse(text, &s, p())
            .and_then(|fm| date(fm.date.as_ref().unwrap(), p(), text, s.front_matter.start));
        let d = result.unwrap_err();
        assert!(d.code == "E0105" || d.code == "E0104", "{d:?}");
        assert_eq!(d.location.unwrap().line, 3);
    }

    #[test]
    fn a_date_toml_refuses_gets_help_about_dates() {
        let text = "+++\ntitle = \"x\"\ndate = 2026-13-45\n+++\n";
        let s = split(text, p()).unwrap();
        let d = parse(text, &s, p()).unwrap_err();
        assert_eq!(d.code, "E0104");
        assert_eq!(d.location.as_ref().unwrap().line, 3);
        assert!(
            d.help.as_deref().unwrap_or("").contains("year-month-day"),
            "{d:?}"
        );
        let text = "+++\ntitle = \"x\n+++\n";
        let s = split(text, p()).unwrap();
        let d = parse(text, &s, p()).unwrap_err();
        assert!(d.help.as_deref().unwrap_or("").contains("quotes"), "{d:?}");
    }

    proptest::proptest! {
        #[test]
        fn splitter_and_parser_never_panic(s in "\\PC*") {
            let _ = split(&s, p()).map(|sp| parse(&s, &sp, p()));
        }

        #[test]
        fn fenced_input_never_panics(body in "[a-z =\"\\[\\]0-9\\-\n+]*") {
            let text = format!("+++\n{body}\n+++\n");
            let _ = split(&text, p()).map(|sp| parse(&text, &sp, p()));
        }
    }
}
