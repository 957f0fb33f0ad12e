//! `homeward new`: starts a content file from a template.
//!
//! Ministry staff are not programmers. A press release, a treaty page or a translation begun
//! from a blank file fails on its first front-matter key; begun from here it has every key
//! written, each explained in a comment, today's date where a date is due, the original's
//! sources and data texts for a translation, and `draft = true`, so that nothing half-written
//! is published by accident. Nothing is ever overwritten.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::country::CountryRegistry;
use crate::diagnostic::Diagnostic;
use crate::locale::{Date, LocaleStrings};

/// What to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Template {
    /// A news item or press release in `content/news/`.
    News {
        /// File name without `.md`.
        name: String,
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
        Template::News { name } => {
            check_name(name)?;
            (
                PathBuf::from("content/news").join(format!("{name}.md")),
                news(today),
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
         # title = \"Name of the source\"\n\
         # url = \"https://...\"\n\
         # checked = {today}\n"
    )
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn news(today: Date) -> String {
    format!(
        r#"+++
title = "Title of the press release"
description = "One sentence that says what happened, for listings and search results."
{date}
{draft}
# countries = ["BE", "KH"]        # the countries it concerns (ISO codes)
# agreements = ["be-kh-2026"]     # the agreements it concerns (their ids)

# Where the facts come from; one block per source.
# [[sources]]
# title = "Name of the source, such as the ministry's press release"
# url = "https://..."
# checked = {today}
+++

Write what happened first: who, what, when and where, in short sentences.

## What this means for families

Say what a family can or cannot do now, and what has not changed.
"#,
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
description = "One sentence: what this agreement is and where it stands."
{draft}

[agreement]
{id}
{kind}
# signed_place = "Bangkok"        # where it was signed
# signed = 2026-01-23             # when it was signed
# in_force = 2026-09-01           # when it entered into force, if the source says
# text_url = "https://..."        # the official text
parties_complete = true           # false: the page says the list of parties is partial
{checked}
# source = "https://..."          # where the status comes from
# source_title = "..."            # its name
"#,
        title = quoted(&format!(
            "{} transfer agreement{number}",
            title_names.join("–")
        )),
        draft = DRAFT_LINE,
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
# in_force = 2026-09-01           # with no date at all, the party counts as in force, unverified
# reported_in_force = true        # a source says it is in force here but gives no date
# in_force_unknown = true         # signed, and no source says whether it is in force
# unverified = true               # the data rests on a source you could not check
# notes = "..."
"#,
            country = commented(&format!("country = \"{code}\""), &names.country(code)),
        );
    }
    let _ = write!(
        out,
        r#"
# [[sources]]
# title = "Name of the source"
# url = "https://..."
# checked = {today}
+++

**Status: say here whether it is in force, and for whom** (last checked {checked}).

## What it is

Who signed it, when and where, and what it covers.

## What it means for families

Who can ask for a transfer under it, and whom to ask.

## Sources and status

Where the status comes from, and when it was last checked.
"#,
        checked = names.date(today),
    );
    out
}

fn country(code: &str, names: &LocaleStrings, today: Date) -> String {
    format!(
        r#"+++
title = {title}
description = "One sentence: how this country handles transfers, and what a family should know."
{draft}

[country]
{code_line}
# The authorities a family can turn to; one block per contact.
# [[country.contacts]]
# role = "central-authority"      # central-authority | consular | ministry | other
# name = "Name of the authority"
# url = "https://..."
# email = "..."                   # email, phone, address: only as the source gives them
# phone = "..."
# address = "..."
# source = "https://..."          # where you found this contact
# checked = {today}

{sources}+++

## Who handles requests

The authority that decides, and how a request reaches it.

## The law

The law the country applies to transfers, and its usual conditions.

## Sources and status

Where these facts come from, and when they were last checked ({checked}). The agreements and the
countries this one is linked to are listed on the page from the agreements' data.
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
title = "Title of the page"
description = "One sentence that says what a reader will find here."
{draft}
# weight = 10                     # order in its section's list (lower first)

{sources}+++

Start with what the reader most needs to know, in short sentences.
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
