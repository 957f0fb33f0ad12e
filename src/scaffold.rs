//! `homeward new`: starts a content file from a template.
//!
//! Ministry staff are not programmers. A press release, a treaty page or a translation begun
//! from a blank file fails on its first front-matter key; begun from here it has every key
//! written, each explained in a comment, today's date where a date is due, the original's
//! sources and data texts for a translation, and `draft = true`, so that nothing half-written
//! is published by accident. Nothing is ever overwritten.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::country::CountryRegistry;
use crate::diagnostic::Diagnostic;
use crate::locale::{Date, LocaleStrings};

/// What to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Template {
    /// A news item or press release in `content/news/`.
    News {
        /// Its title, from which the file name is made, or a file name without `.md` (then the
        /// title is left for the editor to write).
        name_or_title: String,
    },
    /// A treaty page in `content/agreements/`, with its `[agreement]` data.
    Agreement {
        /// File name without `.md`.
        name: String,
        /// ISO codes of the parties, as typed.
        parties: Vec<String>,
        /// `bilateral`, `multilateral`...
        kind: String,
    },
    /// A country page in `content/countries/`, with its `[country]` data.
    Country {
        /// File name without `.md`.
        name: String,
        /// ISO 3166-1 alpha-2 code, as typed.
        code: String,
    },
    /// Any other page, such as a guide: `content/PATH.md`.
    Page {
        /// Path under `content/` without `.md`, such as `guides/visiting`.
        path: String,
    },
    /// A translation of an existing page.
    Translation {
        /// The original, as a path (`content/agreements/x.md`) relative to the root or the
        /// current folder.
        original: PathBuf,
        /// Language code from site.toml.
        lang: String,
    },
}

/// Writes the new file under `root` and returns its path relative to `root`, for the editor to
/// open. Everything is checked before anything is written, and an existing file is an error,
/// so a mistyped command never loses an editor's work.
pub fn create(root: &Path, template: &Template, today: Date) -> Result<PathBuf, Diagnostic> {
    let mut problems = Vec::new();
    let Some(config) = crate::pipeline::load_config(root, &mut problems) else {
        return Err(problems.into_iter().next().unwrap_or_else(|| {
            Diagnostic::error("E0001", "cannot read site.toml")
                .with_help("run the command in the site's folder, or pass --root")
        }));
    };
    let default_lang = config.default_lang().code.clone();
    let (relative, text) = match template {
        Template::News { name_or_title } => {
            let (name, title) = news_name(root, name_or_title, today)?;
            (
                PathBuf::from("content/news").join(format!("{name}.md")),
                news(title.as_deref(), today),
            )
        }
        Template::Agreement {
            name,
            parties,
            kind,
        } => {
            check_name(name)?;
            let codes = check_parties(parties, kind)?;
            let locale = config.default_lang().locale.clone();
            let registry = CountryRegistry::builtin();
            let names = LocaleStrings::new(
                &locale,
                codes.iter().map(|c| {
                    let english = registry
                        .get(c)
                        .map_or(c.as_str(), |i| i.english_name.as_str());
                    (c.as_str(), english)
                }),
                &[],
                [today],
            );
            let base_id = codes.join("-").to_lowercase();
            let id = free_id(root, &base_id);
            // A second agreement between the same parties needs a title of its own too (two
            // pages cannot share a URL): numbered until the editor names it.
            let number = id
                .strip_prefix(base_id.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            (
                PathBuf::from("content/agreements").join(format!("{name}.md")),
                agreement(&id, &number, kind, &codes, &names, today),
            )
        }
        Template::Country { name, code } => {
            check_name(name)?;
            let registry = CountryRegistry::builtin();
            let Some(info) = registry.get(code) else {
                let help = registry.suggest(code).unwrap_or_else(|| {
                    "use the two-letter ISO 3166-1 code, such as MA for Morocco".to_string()
                });
                return Err(
                    Diagnostic::error("E0712", format!("unknown country code `{code}`"))
                        .with_help(help),
                );
            };
            if let Some(page) = find_page(root, "content/countries", |raw| {
                raw.country
                    .as_ref()
                    .is_some_and(|c| c.get_ref().code.get_ref() == code)
            }) {
                return Err(
                    Diagnostic::error("E0716", format!("a page already describes {code}"))
                        .in_file(&page)
                        .with_help("edit that page: one country has one page"),
                );
            }
            let names = LocaleStrings::new(
                &config.default_lang().locale,
                [(code.as_str(), info.english_name.as_str())],
                &[],
                [today],
            );
            (
                PathBuf::from("content/countries").join(format!("{name}.md")),
                country(code, &names, today),
            )
        }
        Template::Page { path } => {
            let path = path.trim_end_matches(".md").trim_start_matches("content/");
            for part in path.split('/') {
                check_name(part.trim_start_matches('_'))?;
            }
            (
                PathBuf::from("content").join(format!("{path}.md")),
                page(today),
            )
        }
        Template::Translation { original, lang } => {
            if config.language(lang).is_none() || *lang == default_lang {
                let others: Vec<&str> = config
                    .languages
                    .iter()
                    .map(|l| l.code.as_str())
                    .filter(|c| *c != default_lang)
                    .collect();
                return Err(Diagnostic::error(
                    "E0713",
                    format!("`{lang}` is not a language to translate into"),
                )
                .with_help(format!(
                    "use one of the languages in site.toml other than the default ({default_lang}): {}",
                    others.join(", ")
                )));
            }
            let original = locate(root, original)?;
            let text = std::fs::read_to_string(root.join(&original)).map_err(|e| {
                Diagnostic::error("E0714", format!("cannot read the original: {e}"))
                    .in_file(&original)
            })?;
            let target = translation_path(&original, lang, &config)?;
            let segments = crate::translation::provenance::segments(&text, &original)?;
            // The memory lets a later edit of the original be counted in words.
            let _ = crate::translation::provenance::remember(root, &segments);
            let hash = crate::translation::provenance::hash(&segments);
            (target, translation(&original, &text, today, &hash)?)
        }
    };
    let path = root.join(&relative);
    if path.exists() {
        return Err(Diagnostic::error("E0710", "this file already exists")
            .in_file(&relative)
            .with_help("edit it, or choose another name: `new` never overwrites a file"));
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| write_error(&relative, &e))?;
    }
    // `create_new`: a file that appeared since the check above is not overwritten either.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
        .map_err(|e| write_error(&relative, &e))?;
    Ok(relative)
}

fn write_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("E0710", format!("cannot write the new file: {e}"))
        .in_file(path)
        .with_help("check that the folder exists and can be written")
}

/// File names become URLs and must survive every system: lower-case ASCII, digits, `-`.
fn check_name(name: &str) -> Result<(), Diagnostic> {
    let ok = !name.is_empty()
        && !name.starts_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        return Ok(());
    }
    let suggestion = crate::slug::slugify(name.trim_end_matches(".md"));
    Err(
        Diagnostic::error("E0711", format!("`{name}` cannot be a file name here")).with_help(
            if suggestion.is_ascii() && !suggestion.is_empty() {
                format!(
                    "use lower-case letters, digits and `-`, for example `{suggestion}` (no `.md`)"
                )
            } else {
                "use lower-case letters, digits and `-`, such as `belgium-thailand` (no `.md`)"
                    .to_string()
            },
        ),
    )
}

fn check_parties(parties: &[String], kind: &str) -> Result<Vec<String>, Diagnostic> {
    let registry = CountryRegistry::builtin();
    if !crate::agreement::Kind::ALL.iter().any(|(k, _)| *k == kind) {
        let kinds: Vec<&str> = crate::agreement::Kind::ALL
            .iter()
            .map(|(k, _)| *k)
            .collect();
        return Err(
            Diagnostic::error("E0715", format!("`{kind}` is not a kind of agreement"))
                .with_help(format!("use one of: {}", kinds.join(", "))),
        );
    }
    let mut codes = Vec::new();
    for typed in parties.iter().flat_map(|p| p.split(',')).map(str::trim) {
        if typed.is_empty() {
            continue;
        }
        if registry.get(typed).is_none() {
            let help = registry.suggest(typed).unwrap_or_else(|| {
                "use the two-letter ISO 3166-1 code, such as BE for Belgium".to_string()
            });
            return Err(
                Diagnostic::error("E0712", format!("unknown country code `{typed}`"))
                    .with_help(help),
            );
        }
        if !codes.iter().any(|c| c == typed) {
            codes.push(typed.to_string());
        }
    }
    if kind == "bilateral" && codes.len() != 2 {
        return Err(Diagnostic::error(
            "E0715",
            format!(
                "a bilateral agreement has two parties, and {} {} given",
                codes.len(),
                if codes.len() == 1 { "was" } else { "were" }
            ),
        )
        .with_help("name both countries, such as --parties BE,TH"));
    }
    if codes.is_empty() {
        return Err(Diagnostic::error("E0715", "no party was given")
            .with_help("name the countries that signed or joined it, such as --parties BE,TH"));
    }
    Ok(codes)
}

/// The first page under `folder` (relative to `root`) whose front matter satisfies `wanted`,
/// as a path relative to `root`. Pages that do not parse are skipped: `check` reports them.
fn find_page(
    root: &Path,
    folder: &str,
    wanted: impl Fn(&crate::frontmatter::RawFrontMatter) -> bool,
) -> Option<PathBuf> {
    crate::source::walk(&root.join(folder))
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .find(|e| {
            let Ok(text) = std::fs::read_to_string(e.path()) else {
                return false;
            };
            crate::frontmatter::split(&text, e.path())
                .and_then(|split| crate::frontmatter::parse(&text, &split, e.path()))
                .is_ok_and(|raw| wanted(&raw))
        })
        .map(|e| {
            e.path()
                .strip_prefix(root)
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| e.path().to_path_buf())
        })
}

/// `id`, or `id-2`, `id-3`... when a page already uses it.
fn free_id(root: &Path, id: &str) -> String {
    let taken = |candidate: &str| {
        find_page(root, "content/agreements", |raw| {
            raw.agreement
                .as_ref()
                .is_some_and(|a| a.get_ref().id.get_ref() == candidate)
        })
        .is_some()
    };
    let mut candidate = id.to_string();
    let mut n = 2;
    while taken(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

/// A press release's file name and title from what the editor typed. A file name
/// (`treaty-signed`) works as it always did, the title left to write; anything else is the
/// title, and the file name is made from it in plain ASCII, since file names must survive every
/// system (see [`check_name`]). A title ASCII cannot spell (Khmer, Arabic) names the file after
/// the release's date instead: its URL still comes from the title, in its own script.
fn news_name(
    root: &Path,
    typed: &str,
    today: Date,
) -> Result<(String, Option<String>), Diagnostic> {
    let typed = typed.trim();
    if check_name(typed).is_ok() {
        return Ok((typed.to_string(), None));
    }
    if !typed.chars().any(char::is_alphanumeric) {
        return Err(Diagnostic::error(
            "E0711",
            format!("`{typed}` is neither a title nor a file name"),
        )
        .with_help("give the release's title in quotes, such as \"Treaty signed with Cambodia\""));
    }
    let name = ascii_file_name(typed).unwrap_or_else(|| {
        let taken = |n: &str| root.join("content/news").join(format!("{n}.md")).exists();
        let mut name = today.to_string();
        let mut n = 2;
        while taken(&name) {
            name = format!("{today}-{n}");
            n += 1;
        }
        name
    });
    Ok((name, Some(typed.to_string())))
}

/// `title` as a file name of lower-case ASCII letters, digits and `-`: Latin letters lose their
/// accents (`Élève` gives `eleve`). `None` when a letter is left that ASCII cannot spell.
fn ascii_file_name(title: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let folded: String = title
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let name = crate::slug::slugify(&folded);
    check_name(&name).is_ok().then_some(name)
}

// The sentences the templates write for the editor to replace. Each is defined once, here: the
// templates are written from these constants, and `check` finds them in a published page with
// [`placeholders_in`] (E0108), so the two can never drift apart.
const NEWS_TITLE: &str = "Title of the press release";
const NEWS_DESCRIPTION: &str =
    "One sentence that says what happened, for listings and search results.";
const NEWS_LEAD: &str = "Write what happened first: who, what, when and where, in short sentences.";
const NEWS_FAMILIES: &str = "Say what a family can or cannot do now, and what has not changed.";
const AGREEMENT_DESCRIPTION: &str =
    "One sentence: what this agreement is (its status is shown from the data: do not write it).";
const AGREEMENT_PLACE: &str = "Place of signature";
const AGREEMENT_WHAT: &str = "Who signed it, when and where, and what it covers.";
const AGREEMENT_FAMILIES: &str = "Who can ask for a transfer under it, and whom to ask.";
const AGREEMENT_SOURCES: &str = "Where the status comes from, and when it was last checked.";
const PARTY_NOTES: &str = "Anything particular to this party, such as a reservation";
const COUNTRY_DESCRIPTION: &str =
    "One sentence: how this country handles transfers, and what a family should know.";
const CONTACT_NAME: &str = "Name of the authority";
const CONTACT_ADDRESS: &str = "Postal address, as the source gives it";
const CONTACT_NOTES: &str = "What a family should know about this contact, such as an old source";
const COUNTRY_WHO: &str = "The authority that decides, and how a request reaches it.";
const COUNTRY_LAW: &str = "The law the country applies to transfers, and its usual conditions.";
const COUNTRY_SOURCES: &str = "Where these facts come from, and when they were last checked";
const COUNTRY_LINKED: &str = "The agreements and the countries this one is linked to are listed on the page from the agreements' data.";
const PAGE_TITLE: &str = "Title of the page";
const PAGE_DESCRIPTION: &str = "One sentence that says what a reader will find here.";
const PAGE_LEAD: &str = "Start with what the reader most needs to know, in short sentences.";
const SOURCE_TITLE: &str = "Name of the source";

/// Every placeholder sentence a `homeward new` template writes: text for the editor to
/// replace, never for families to read. A page that is not a draft and still has one is an
/// error (E0108).
pub const PLACEHOLDERS: &[&str] = &[
    NEWS_TITLE,
    NEWS_DESCRIPTION,
    NEWS_LEAD,
    NEWS_FAMILIES,
    AGREEMENT_DESCRIPTION,
    AGREEMENT_PLACE,
    AGREEMENT_WHAT,
    AGREEMENT_FAMILIES,
    AGREEMENT_SOURCES,
    PARTY_NOTES,
    COUNTRY_DESCRIPTION,
    CONTACT_NAME,
    CONTACT_ADDRESS,
    CONTACT_NOTES,
    COUNTRY_WHO,
    COUNTRY_LAW,
    COUNTRY_SOURCES,
    COUNTRY_LINKED,
    PAGE_TITLE,
    PAGE_DESCRIPTION,
    PAGE_LEAD,
    SOURCE_TITLE,
];

/// The placeholder sentences ([`PLACEHOLDERS`]) left in a content file, as byte ranges of
/// `text` with the sentence, in order: in the body, and in the front matter's values (title,
/// description, data texts, sources), but not in its TOML comments, where the templates keep
/// examples that are never published. Asked of every published file of every build, so it
/// makes one pass: only a byte that starts some placeholder is looked at further.
pub fn placeholders_in(
    text: &str,
    front_matter: Range<usize>,
) -> Vec<(Range<usize>, &'static str)> {
    let mut starts = [false; 256];
    for p in PLACEHOLDERS {
        starts[usize::from(p.as_bytes()[0])] = true;
    }
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (at, &b) in bytes.iter().enumerate() {
        if !starts[usize::from(b)] {
            continue;
        }
        let Some(p) = PLACEHOLDERS
            .iter()
            .find(|p| bytes[at..].starts_with(p.as_bytes()))
        else {
            continue;
        };
        if front_matter.contains(&at) {
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            if in_toml_comment(&bytes[line_start.max(front_matter.start)..at]) {
                continue;
            }
        }
        found.push((at..at + p.len(), *p));
    }
    found
}

/// Whether the end of `line` (a TOML line up to some point) is inside a comment: after a `#`
/// that is not inside a string.
fn in_toml_comment(line: &[u8]) -> bool {
    let mut quote = None;
    let mut escaped = false;
    for &b in line {
        match quote {
            Some(b'"') if escaped => escaped = false,
            Some(b'"') if b == b'\\' => escaped = true,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'#' => return true,
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None => {}
        }
    }
    false
}

/// A line of TOML with its comment lined up with the template's other comments.
fn commented(toml_line: &str, comment: &str) -> String {
    format!("{toml_line:<33} # {comment}")
}

/// The line that keeps a new file out of the published site until the editor removes it.
const DRAFT_LINE: &str = "draft = true                      # remove this line to publish";

/// A commented `[[sources]]` block: every page names where its facts come from.
fn sources_block(today: Date) -> String {
    format!(
        "# Where the facts come from; one block per source.\n\
         # [[sources]]\n\
         # title = \"{SOURCE_TITLE}\"\n\
         # url = \"https://...\"\n\
         # checked = {today}\n"
    )
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A press release: `title` if the editor gave one, else a placeholder.
fn news(title: Option<&str>, today: Date) -> String {
    format!(
        r#"+++
title = {title}
description = "{NEWS_DESCRIPTION}"
{date}
{draft}
# countries = ["BE", "KH"]        # the countries it concerns (ISO codes)
# agreements = ["be-kh-2026"]     # the agreements it concerns (their ids)

# Where the facts come from; one block per source.
# [[sources]]
# title = "{SOURCE_TITLE}, such as the ministry's press release"
# url = "https://..."
# checked = {today}
+++

{NEWS_LEAD}

## What this means for families

{NEWS_FAMILIES}
"#,
        title = quoted(title.unwrap_or(NEWS_TITLE)),
        date = commented(&format!("date = {today}"), "publication date"),
        draft = DRAFT_LINE,
    )
}

fn agreement(
    id: &str,
    number: &str,
    kind: &str,
    codes: &[String],
    names: &LocaleStrings,
    today: Date,
) -> String {
    let title_names: Vec<String> = codes.iter().map(|c| names.country(c)).collect();
    let mut out = String::new();
    let _ = write!(
        out,
        r#"+++
title = {title}
description = "{AGREEMENT_DESCRIPTION}"
{draft}

[agreement]
{id}
{kind}
{place}
# signed = 2026-01-23             # when it was signed
# in_force = 2026-09-01           # when it entered into force, if the source says
# text_url = "https://..."        # the official text
parties_complete = true           # false: the page says the list of parties is partial
{checked}
# source = "https://..."          # where the status comes from
# source_title = "{SOURCE_TITLE}" # its name
"#,
        title = quoted(&format!(
            "{} transfer agreement{number}",
            title_names.join("–")
        )),
        draft = DRAFT_LINE,
        place = commented(
            &format!("# signed_place = \"{AGREEMENT_PLACE}\""),
            "the city where it was signed"
        ),
        id = commented(
            &format!("id = {}", quoted(id)),
            "stable: other pages and the open data refer to it"
        ),
        kind = commented(
            &format!("kind = {}", quoted(kind)),
            "multilateral | bilateral | eu-instrument | memorandum | other"
        ),
        checked = commented(
            &format!("checked = {today}"),
            "the day you checked the status against its source"
        ),
    );
    for code in codes {
        let _ = write!(
            out,
            r#"
[[agreement.parties]]
{country}
# signed = 2026-01-23
# ratified = 2026-06-01
# in_force = 2026-09-01           # a later date than today reads "not yet, possible from" that day
# reported_in_force = true        # a source says it is in force here but gives no date (needs a source)
#                                 # with no date and no report, families are told "we do not know, ask"
# in_force_unknown = true         # signed, and no source says whether it is in force
# unverified = true               # the data rests on a source you could not check
# notes = "{PARTY_NOTES}"
"#,
            country = commented(&format!("country = \"{code}\""), &names.country(code)),
        );
    }
    let _ = write!(
        out,
        r#"
# [[sources]]
# title = "{SOURCE_TITLE}"
# url = "https://..."
# checked = {today}
+++

{{{{ status(agreement="{id}") }}}}

## What it is

{AGREEMENT_WHAT}

## What it means for families

{AGREEMENT_FAMILIES}

## Sources and status

{AGREEMENT_SOURCES}
"#,
    );
    out
}

fn country(code: &str, names: &LocaleStrings, today: Date) -> String {
    format!(
        r#"+++
title = {title}
description = "{COUNTRY_DESCRIPTION}"
{draft}

[country]
{code_line}
# The authorities a family can turn to; one block per contact.
# [[country.contacts]]
# role = "central-authority"      # central-authority | consular | prison-service | support | other
# name = "{CONTACT_NAME}"
# url = "https://..."
# email = "..."                   # email, phone, address: only as the source gives them
# phone = "..."
# address = "{CONTACT_ADDRESS}"   # or its lines: ["...", "..."]
# source = "https://..."          # required: the page that gives this contact
# checked = {today}               # required: the day you read it there
# notes = "{CONTACT_NOTES}"

{sources}+++

## Who handles requests

{COUNTRY_WHO}

## The law

{COUNTRY_LAW}

## Sources and status

{COUNTRY_SOURCES} ({checked}).
{COUNTRY_LINKED}
"#,
        title = quoted(&names.country(code)),
        draft = DRAFT_LINE,
        sources = sources_block(today),
        code_line = commented(
            &format!("code = \"{code}\""),
            "ISO 3166-1 code; the name readers see is localised"
        ),
        checked = names.date(today),
    )
}

fn page(today: Date) -> String {
    format!(
        r#"+++
title = "{PAGE_TITLE}"
description = "{PAGE_DESCRIPTION}"
{draft}
# weight = 10                     # order in its section's list (lower first)

{sources}+++

{PAGE_LEAD}
"#,
        draft = DRAFT_LINE,
        sources = sources_block(today),
    )
}

/// The original as a path relative to `root`, under `content/`, and a default-language file.
fn locate(root: &Path, typed: &Path) -> Result<PathBuf, Diagnostic> {
    let candidates = [
        typed.to_path_buf(),
        PathBuf::from("content").join(typed),
        std::env::current_dir()
            .unwrap_or_default()
            .join(typed)
            .strip_prefix(root.canonicalize().unwrap_or(root.to_path_buf()))
            .map(Path::to_path_buf)
            .unwrap_or_default(),
    ];
    candidates
        .into_iter()
        .find(|c| c.starts_with("content") && root.join(c).is_file())
        .ok_or_else(|| {
            Diagnostic::error("E0714", "no such page to translate")
                .in_file(typed)
                .with_help(
                    "give the path of the original, such as content/agreements/belgium-thailand.md",
                )
        })
}

fn translation_path(
    original: &Path,
    lang: &str,
    config: &crate::config::SiteConfig,
) -> Result<PathBuf, Diagnostic> {
    let stem = original
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some((_, suffix)) = stem.rsplit_once('.')
        && config.language(suffix).is_some()
    {
        return Err(
            Diagnostic::error("E0714", "this file is itself a translation")
                .in_file(original)
                .with_help("give the original (the file without a language code before `.md`)"),
        );
    }
    Ok(original.with_file_name(format!("{stem}.{lang}.md")))
}

fn translation(original: &Path, text: &str, today: Date, hash: &str) -> Result<String, Diagnostic> {
    let split = crate::frontmatter::split(text, original)?;
    let raw = crate::frontmatter::parse(text, &split, original)?;
    // The sources are copied as they are written, so as plain TOML.
    let front: toml::Table = text[split.front_matter.clone()].parse().unwrap_or_default();
    let title = raw.title.as_ref().map_or("", |t| t.get_ref().as_str());
    let description = raw.description.as_deref().unwrap_or("");
    let mut out = String::new();
    let _ = write!(
        out,
        "+++\n# Translation of {original}, begun {today}.\n\
         # Translate the title, the description, the texts below and the body; the data (dates,\n\
         # parties, countries) comes from the original.\n\
         title = {title}\n",
        original = original.display(),
        title = quoted(title),
    );
    if !description.is_empty() {
        let _ = writeln!(out, "description = {}", quoted(description));
    }
    out.push_str(DRAFT_LINE);
    out.push('\n');
    out.push_str(
        "translation = \"machine\"           # machine, reviewed or final: readers are told which\n",
    );
    let _ = writeln!(
        out,
        "# The version of the original this translates; after a review against a newer original,\n\
         # `homeward translations mark-current FILE` updates it.\ntranslation_of = \"{hash}\"",
    );
    if let Some(sources) = front.get("sources").and_then(toml::Value::as_array) {
        let mut table = toml::Table::new();
        table.insert("sources".into(), toml::Value::Array(sources.clone()));
        out.push_str(
            "\n# Sources, as in the original (their titles may stay in their own language).\n",
        );
        out.push_str(&toml::to_string(&table).unwrap_or_default());
    }
    let mut texts = crate::model::data_texts(&raw);
    let mut seen = std::collections::HashSet::new();
    texts.retain(|t| seen.insert(t.clone()));
    if !texts.is_empty() {
        out.push_str(
            "\n# The original's data texts. For each one you translate, remove the `#` marks and\n\
             # write the translation in `text`; leave `original` exactly as it is.\n",
        );
        for t in texts {
            let _ = write!(
                out,
                "# [[texts]]\n# original = {}\n# text = \"\"\n#\n",
                quoted(&t)
            );
        }
    }
    out.push_str("+++\n");
    out.push_str(&text[split.body]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::new(2026, 12, 8).unwrap()
    }

    /// Every template `new` writes from its own words (a translation copies the original's).
    fn templates() -> Vec<(&'static str, String)> {
        let names = LocaleStrings::new("en", [("BE", "Belgium"), ("VN", "Vietnam")], &[], [day()]);
        let codes = ["BE".to_string(), "VN".to_string()];
        vec![
            ("news", news(None, day())),
            ("titled news", news(Some("Test release"), day())),
            (
                "agreement",
                agreement("be-vn", "", "bilateral", &codes, &names, day()),
            ),
            ("country", country("BE", &names, day())),
            ("page", page(day())),
        ]
    }

    /// The template as an editor who uncommented every example key would leave it.
    fn uncommented(text: &str) -> String {
        let end = text[3..].find("+++").unwrap() + 3;
        let front = text[..end]
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest)
                    if rest.starts_with("[[")
                        || rest.split_once(" = ").is_some_and(|(key, _)| {
                            key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                        }) =>
                {
                    rest
                }
                _ => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        format!("{front}\n{}", &text[end..])
    }

    fn front_matter(text: &str) -> Range<usize> {
        4..text[3..].find("+++").unwrap() + 3
    }

    fn found(text: &str) -> Vec<&'static str> {
        placeholders_in(text, front_matter(text))
            .into_iter()
            .map(|(_, p)| p)
            .collect()
    }

    #[test]
    fn every_placeholder_the_templates_write_is_detected() {
        let all: Vec<String> = templates()
            .into_iter()
            .map(|(_, t)| uncommented(&t))
            .collect();
        for p in PLACEHOLDERS {
            assert!(
                all.iter().any(|t| found(t).contains(p)),
                "`{p}` is written by no template: remove it from PLACEHOLDERS"
            );
            assert!(
                PLACEHOLDERS.iter().all(|q| q == p || !q.contains(p)),
                "`{p}` is inside another placeholder"
            );
        }
        for (name, text) in templates() {
            let text = uncommented(&text);
            let spans = placeholders_in(&text, front_matter(&text));
            let covered = |line: &str| {
                let start = line.as_ptr() as usize - text.as_ptr() as usize;
                spans
                    .iter()
                    .any(|(s, _)| s.start >= start && s.end <= start + line.len())
            };
            let fm = front_matter(&text);
            // Each text an editor writes holds a placeholder: a sentence added to a template
            // without one would be published unnoticed.
            for line in text[fm.clone()].lines() {
                let key = line.split(" = ").next().unwrap_or("");
                let generated_title = key == "title" && line.as_ptr() == text[fm.clone()].as_ptr();
                let is_text = ["title", "description", "notes", "name", "address"].contains(&key)
                    || key.ends_with("_title")
                    || key.ends_with("_place");
                if is_text
                    && !(generated_title
                        && (name == "agreement" || name == "country" || name == "titled news"))
                {
                    assert!(covered(line), "{name}: `{line}` has no placeholder");
                }
            }
            for line in text[fm.end..].lines().skip(1) {
                // The status shortcode is data, not a sentence to replace.
                let shortcode = line.starts_with("{{ status(agreement=");
                if !line.trim().is_empty() && !line.starts_with('#') && !shortcode {
                    assert!(covered(line), "{name}: `{line}` has no placeholder");
                }
            }
        }
    }

    #[test]
    fn comments_hide_placeholders_and_the_body_never_does() {
        for (name, text) in templates() {
            let fm = front_matter(&text);
            for (span, p) in placeholders_in(&text, fm.clone()) {
                let line_start = text[..span.start].rfind('\n').unwrap() + 1;
                let line = &text[line_start..];
                assert!(
                    !fm.contains(&span.start)
                        || line.starts_with("title = ")
                        || line.starts_with("description = "),
                    "{name}: `{p}` found in a comment"
                );
            }
        }
        let text = "+++\ntitle = \"Title of the page\" # Title of the page\n\
                    # description = \"One sentence that says what a reader will find here.\"\n\
                    notes = \"a # sign, then Name of the source\"\n+++\n# Title of the page\n";
        let spans: Vec<usize> = placeholders_in(text, front_matter(text))
            .into_iter()
            .map(|(s, _)| crate::diagnostic::Location::from_span(Path::new("a.md"), text, s).line)
            .collect();
        assert_eq!(
            spans,
            [2, 4, 6],
            "the title, the note and the body's heading"
        );
        assert!(in_toml_comment(b"x = 'it''s' # "));
        assert!(!in_toml_comment(b"x = \"a \\\" # b"));
    }

    #[test]
    fn a_news_title_gives_a_file_name_that_any_system_can_hold() {
        let root = tempfile::tempdir().unwrap();
        let named = |typed: &str| news_name(root.path(), typed, day()).unwrap();
        assert_eq!(named("treaty-signed"), ("treaty-signed".into(), None));
        assert_eq!(
            named(" Test release "),
            ("test-release".into(), Some("Test release".into()))
        );
        assert_eq!(named("Élève à l'école").0, "eleve-a-l-ecole");
        // Khmer and Arabic cannot be spelled in ASCII: the file is named after the date, and
        // the title (hence the URL) keeps its script.
        let khmer = named("សេចក្តីប្រកាសព័ត៌មាន");
        assert_eq!(khmer, ("2026-12-08".into(), Some("សេចក្តីប្រកាសព័ត៌មាន".into())));
        std::fs::create_dir_all(root.path().join("content/news")).unwrap();
        std::fs::write(root.path().join("content/news/2026-12-08.md"), "").unwrap();
        assert_eq!(named("بيان صحفي").0, "2026-12-08-2");
        assert_eq!(named("France និង Guadeloupe").0, "2026-12-08-2");
        let e = news_name(root.path(), "!!!", day()).unwrap_err();
        assert_eq!(e.code, "E0711");
        assert!(e.help.unwrap().contains("title"));
    }

    #[test]
    fn names_must_be_plain() {
        assert!(check_name("belgium-thailand").is_ok());
        let e = check_name("Belgium Thailand.md").unwrap_err();
        assert_eq!(e.code, "E0711");
        assert!(e.help.unwrap().contains("`belgium-thailand`"));
    }

    #[test]
    fn parties_are_checked_and_bilateral_has_two() {
        assert_eq!(
            check_parties(&["BE,TH".into()], "bilateral").unwrap(),
            ["BE", "TH"]
        );
        assert_eq!(
            check_parties(&["be,TH".into()], "bilateral")
                .unwrap_err()
                .code,
            "E0712"
        );
        assert_eq!(
            check_parties(&["BE".into()], "bilateral").unwrap_err().code,
            "E0715"
        );
        assert_eq!(
            check_parties(&["BE,TH".into()], "treaty").unwrap_err().code,
            "E0715"
        );
        assert_eq!(
            check_parties(&["BE".into(), "FR".into(), "NL".into()], "multilateral").unwrap(),
            ["BE", "FR", "NL"]
        );
    }
}
