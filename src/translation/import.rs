//! `homeward translations import FILE`: a translator's XLIFF or PO file written back into the
//! translations, their `[[texts]]` and the interface strings.
//!
//! Everything is checked before anything is written: a segment that matches no segment of the
//! site (or whose original changed since the export), or whose placeholders are not exactly
//! the ones it was given, refuses the whole import with the segment's id and line. A page
//! whose segments all come back as they were exported is not touched, so exporting and
//! importing with no change leaves every file byte-identical.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::translation::segment::{self, Part};
use crate::translation::site::{self, Doc, PageFiles};
use crate::translation::units::{self, FileUnits, SegState, Unit};
use crate::translation::{edit, provenance};

/// A piece of an imported segment: text, or a placeholder by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words.
    Text(String),
    /// `<ph id="n"/>` or `⟦n⟧`.
    Ph(String),
}

/// One segment as a translator's file has it.
#[derive(Debug, Clone, Default)]
pub struct ImportedUnit {
    /// The file (page) id.
    pub file: String,
    /// The unit id.
    pub id: String,
    /// Its line in the translator's file.
    pub line: usize,
    /// The line of its target.
    pub target_line: usize,
    /// The source as the file has it.
    pub source: Vec<Piece>,
    /// The target, if any.
    pub target: Option<Vec<Piece>>,
    /// The segment state.
    pub state: Option<SegState>,
    /// An inline element we did not write (`pc`, `mrk`...), refused.
    pub foreign: Option<String>,
    /// PO: the format has no review states, so pages keep theirs.
    pub keep_page_state: bool,
}

/// A translator's file, read.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// The language it translates into.
    pub target_lang: String,
    /// Its segments, in file order.
    pub units: Vec<ImportedUnit>,
}

/// A checked change of one segment.
struct Change {
    id: String,
    target: Vec<Part>,
    state: SegState,
}

/// Reads, checks and writes back a translator's file; returns a summary for people.
pub fn run(root: &Path, config: &SiteConfig, file: &Path) -> Result<String, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        vec![
            Diagnostic::error("E0722", format!("cannot read this file: {e}"))
                .in_file(file)
                .with_help("give the XLIFF or PO file a translator sent back"),
        ]
    })?;
    let po = file.extension().is_some_and(|e| e == "po");
    let imported = if po {
        crate::translation::po::read(&text, file)?
    } else {
        crate::translation::xliff::read(&text, file)?
    };
    let lang = imported.target_lang.clone();
    if config.language(&lang).is_none() || lang == config.default_language {
        return Err(vec![
            Diagnostic::error("E0722", format!("this file translates into `{lang}`, which is not a language to translate into"))
                .in_file(file)
                .with_help("import a file exported by `homeward translations export --lang CODE` for this site"),
        ]);
    }
    let pages = site::load(root, config)?;
    let writes = plan(root, config, &pages, &lang, &imported, file, &text)?;
    let mut summary = String::new();
    for (path, new_text, segments) in &writes {
        edit::write(root, path, new_text).map_err(|d| vec![d])?;
        summary.push_str(&format!(
            "updated {} ({segments} segments)\n",
            path.display()
        ));
    }
    for page in &pages {
        // Memory of the originals a translation now records, for later word counts.
        if writes
            .iter()
            .any(|(p, _, _)| *p == units::translation_path(&page.original.file.display_path, &lang))
        {
            let _ = edit::current(root, &page.original.file.display_path);
        }
    }
    summary.push_str(&format!(
        "imported {} segments: {} files written, nothing else changed\n",
        imported.units.len(),
        writes.len()
    ));
    Ok(summary)
}

type Writes = Vec<(PathBuf, String, usize)>;

/// Every write the import would make, or every problem found.
fn plan(
    root: &Path,
    config: &SiteConfig,
    pages: &[PageFiles],
    lang: &str,
    imported: &Imported,
    file: &Path,
    text: &str,
) -> Result<Writes, Vec<Diagnostic>> {
    let mut by_file: BTreeMap<&str, Vec<&ImportedUnit>> = BTreeMap::new();
    for u in &imported.units {
        by_file.entry(u.file.as_str()).or_default().push(u);
    }
    let mut problems = Vec::new();
    let mut writes = Vec::new();
    for (id, list) in by_file {
        let (fresh, page) = if id == units::STRINGS_ID {
            (units::string_units(root, config, lang), None)
        } else if let Some(p) = pages.iter().find(|p| units::file_id(&p.identity) == id) {
            (units::page_units(root, p, lang), Some(p))
        } else {
            problems.push(refuse(file, text, list[0].line, format!("no page of this site has the id `{id}`"), "import only files exported from this site; a page renamed since the export must be exported again"));
            continue;
        };
        let changes = check(&fresh, &list, file, text, &mut problems);
        if changes.is_empty() {
            continue;
        }
        let keep = list.iter().any(|u| u.keep_page_state);
        let result = match page {
            Some(p) => page_text(p, lang, &fresh, &changes, keep),
            None => strings_text(root, &fresh, &changes),
        };
        match result {
            Ok(new_text) => writes.push((fresh.translation.clone(), new_text, changes.len())),
            Err(why) => problems.push(refuse(file, text, list[0].line, why, "translate every segment of a page that has no translation yet (or whose blocks do not line up with its original's), then import again")),
        }
    }
    if problems.is_empty() {
        Ok(writes)
    } else {
        Err(problems)
    }
}

fn refuse(file: &Path, text: &str, line: usize, message: String, help: &str) -> Diagnostic {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = text[start.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| start + i);
    Diagnostic::error("E0723", message)
        .at(file, text, start.min(text.len())..end)
        .with_help(help.to_string())
}

fn plain(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Text(t) => Some(t.as_str()),
            Piece::Ph(_) => None,
        })
        .collect()
}

fn plain_parts(parts: &[Part]) -> String {
    parts
        .iter()
        .filter_map(|p| match p {
            Part::Text(t) => Some(t.as_str()),
            Part::Ph(_) => None,
        })
        .collect()
}

/// Checks each imported segment against the fresh one; returns the segments that changed.
fn check(
    fresh: &FileUnits,
    list: &[&ImportedUnit],
    file: &Path,
    text: &str,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Change> {
    let mut changes = Vec::new();
    for u in list {
        let Some(f) = fresh.units.iter().find(|f| f.id == u.id) else {
            problems.push(refuse(file, text, u.line, format!("segment `{}` of `{}` matches no segment of {}", u.id, u.file, fresh.original.display()), "the original changed since the export: export again and carry the translation over"));
            continue;
        };
        if plain(&u.source) != plain_parts(&f.source) {
            problems.push(refuse(file, text, u.line, format!("segment `{}` of `{}`: its source is not the original's text any more", u.id, u.file), "the original changed since the export: export again and carry the translation over"));
            continue;
        }
        if let Some(name) = &u.foreign {
            problems.push(refuse(
                file,
                text,
                u.target_line,
                format!("segment `{}` of `{}` has a <{name}> element", u.id, u.file),
                "keep only text and the <ph> placeholders of the export",
            ));
            continue;
        }
        let Some(target) = u.target.as_ref().filter(|t| !plain(t).trim().is_empty()) else {
            continue;
        };
        match rebuild(target, f) {
            Ok(parts) => {
                let state = u.state.unwrap_or(SegState::Translated);
                let same_text = f.target.as_ref() == Some(&parts);
                let same_state = if u.keep_page_state {
                    (state == SegState::Initial) == (f.state == SegState::Initial)
                } else {
                    state == f.state
                };
                if !(same_text && same_state) {
                    changes.push(Change { id: f.id.clone(), target: parts, state });
                }
            }
            Err(why) => problems.push(refuse(file, text, u.target_line, format!("segment `{}` of `{}`: {why}", u.id, u.file), "keep every placeholder of the segment exactly once (a <ph/> element, or ⟦n⟧ in PO), in any order")),
        }
    }
    changes
}

/// The target's parts with each placeholder id replaced by its markup; every placeholder the
/// segment was given must be there exactly once.
fn rebuild(target: &[Piece], unit: &Unit) -> Result<Vec<Part>, String> {
    let mut used = vec![false; unit.target_phs.len()];
    let mut parts = Vec::new();
    for p in target {
        match p {
            Piece::Text(t) => parts.push(Part::Text(t.clone())),
            Piece::Ph(id) => {
                let n = id
                    .trim_start_matches(['s', 't'])
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=used.len()).contains(n));
                let Some(n) = n else {
                    return Err(format!("placeholder `{id}` is not one of this segment's"));
                };
                if std::mem::replace(&mut used[n - 1], true) {
                    return Err(format!("placeholder `{id}` appears twice"));
                }
                parts.push(Part::Ph(unit.target_phs[n - 1].clone()));
            }
        }
    }
    if let Some(missing) = used.iter().position(|u| !u) {
        return Err(format!(
            "placeholder `{}` ({}) is missing",
            missing + 1,
            unit.target_phs[missing]
        ));
    }
    // Adjacent texts merged, as the segmenter gives them.
    let mut merged: Vec<Part> = Vec::new();
    for p in parts {
        match (merged.last_mut(), p) {
            (Some(Part::Text(a)), Part::Text(b)) => a.push_str(&b),
            (_, p) => merged.push(p),
        }
    }
    Ok(merged)
}

/// A page's segments as they will be: the imported changes over the exported segments.
struct Merged<'a> {
    fresh: &'a FileUnits,
    changes: &'a [Change],
}

impl Merged<'_> {
    fn change(&self, u: &Unit) -> Option<&Change> {
        self.changes.iter().find(|c| c.id == u.id)
    }

    fn target(&self, u: &Unit) -> Option<Vec<Part>> {
        self.change(u)
            .map(|c| c.target.clone())
            .or_else(|| u.target.clone())
    }

    fn state(&self, u: &Unit) -> SegState {
        self.change(u).map_or(u.state, |c| c.state)
    }

    fn blocks(&self) -> Vec<&Unit> {
        self.fresh
            .units
            .iter()
            .filter(|u| u.id.starts_with('b'))
            .collect()
    }

    fn joined(&self, u: &Unit) -> String {
        segment::join(&self.target(u).unwrap_or_default())
    }
}

/// The translation's new text with the changes applied.
fn page_text(
    page: &PageFiles,
    lang: &str,
    fresh: &FileUnits,
    changes: &[Change],
    keep_state: bool,
) -> Result<String, String> {
    let m = Merged { fresh, changes };
    let t = page.translations.get(lang);
    let mut text = body_text(page, t, &m)?;
    text = set_texts(&text, fresh, changes);
    for key in ["title", "description"] {
        if let Some(c) = changes.iter().find(|c| c.id == key) {
            let value = provenance::toml_string(&segment::join(&c.target));
            text = provenance::set_key(&text, key, &value);
        }
    }
    let current = t.map(units::page_state).unwrap_or_default();
    let lowest = fresh
        .units
        .iter()
        .filter(|u| m.target(u).is_some())
        .filter_map(|u| m.state(u).page_state())
        .min();
    let state = if keep_state {
        current
    } else {
        lowest.unwrap_or(current)
    };
    if t.is_none() || state != current || provenance::key_line(&text, "translation").is_none() {
        text = provenance::set_key(
            &text,
            "translation",
            &provenance::toml_string(state.as_str()),
        );
    }
    let done = fresh
        .units
        .iter()
        .all(|u| m.target(u).is_some() && m.state(u) != SegState::Initial);
    if done {
        let o = &page.original.file;
        let now = provenance::segments(&o.text, &o.display_path).map_err(|d| d.message)?;
        let hash = provenance::toml_string(&provenance::hash(&now));
        text = provenance::set_key(&text, "translation_of", &hash);
    }
    Ok(text)
}

/// The file with its body's changed blocks replaced: in place when the translation's blocks
/// line up with the original's, else rebuilt on the original's body (every block translated).
fn body_text(page: &PageFiles, t: Option<&Doc>, m: &Merged<'_>) -> Result<String, String> {
    let o = &page.original;
    let shown = m.fresh.translation.display();
    let ob = segment::blocks(o.body());
    let tb = t.map(|t| segment::blocks(t.body())).unwrap_or_default();
    let blocks = m.blocks();
    if t.is_none() && m.target(&m.fresh.units[0]).is_none() {
        return Err(format!(
            "{shown}: the title is not translated, so the page was not written"
        ));
    }
    match t {
        Some(t) if units::aligned(&ob, &tb) => {
            let base = t.split.body.start;
            let edits = blocks
                .iter()
                .enumerate()
                .filter(|(_, u)| m.change(u).is_some())
                .map(|(i, u)| {
                    (
                        base + tb[i].range.start..base + tb[i].range.end,
                        m.joined(u),
                    )
                })
                .collect();
            Ok(segment::replace(&t.file.text, edits))
        }
        existing => {
            let untranslated = blocks.iter().filter(|u| m.target(u).is_none()).count();
            if untranslated > 0 {
                return Err(format!(
                    "{shown}: {untranslated} blocks are not translated, so the page was not written"
                ));
            }
            let edits = blocks
                .iter()
                .enumerate()
                .map(|(i, u)| (ob[i].range.clone(), m.joined(u)))
                .collect();
            let body = segment::replace(o.body(), edits);
            let front = match existing {
                Some(t) => t.file.text[..t.split.body.start].to_string(),
                None => new_front_matter(o),
            };
            Ok(format!("{front}{body}"))
        }
    }
}

/// The front matter a new translation starts with: the original's sources, as `new
/// translation` writes them (title and description come from the segments).
fn new_front_matter(o: &Doc) -> String {
    let mut out = String::from("+++\ntitle = \"\"\n");
    let front: toml::Table = o.file.text[o.split.front_matter.clone()]
        .parse()
        .unwrap_or_default();
    if let Some(sources) = front.get("sources").and_then(toml::Value::as_array) {
        let mut table = toml::Table::new();
        table.insert("sources".into(), toml::Value::Array(sources.clone()));
        out.push('\n');
        out.push_str(&toml::to_string(&table).unwrap_or_default());
    }
    out.push_str("+++\n");
    out
}

#[derive(serde::Deserialize)]
struct SpannedTexts {
    #[serde(default)]
    texts: Vec<SpannedText>,
}

#[derive(serde::Deserialize)]
struct SpannedText {
    original: String,
    text: toml::Spanned<String>,
}

/// `[[texts]]` entries changed in place, new ones added at the end of the front matter.
fn set_texts(text: &str, fresh: &FileUnits, changes: &[Change]) -> String {
    let data: Vec<(&Unit, &Change)> = fresh
        .units
        .iter()
        .filter(|u| u.kind == "data-text")
        .filter_map(|u| Some((u, changes.iter().find(|c| c.id == u.id)?)))
        .collect();
    if data.is_empty() {
        return text.to_string();
    }
    let Ok(split) = crate::frontmatter::split(text, Path::new("")) else {
        return text.to_string();
    };
    let base = split.front_matter.start;
    let existing: SpannedTexts = toml::from_str(&text[split.front_matter.clone()])
        .unwrap_or(SpannedTexts { texts: Vec::new() });
    let mut edits = Vec::new();
    let mut appended = String::new();
    for (u, c) in data {
        let words = crate::translation::segment::join(&u.source);
        let value = provenance::toml_string(&crate::translation::segment::join(&c.target));
        match existing.texts.iter().find(|t| t.original == words) {
            Some(t) => edits.push((base + t.text.span().start..base + t.text.span().end, value)),
            None => appended.push_str(&format!(
                "\n[[texts]]\noriginal = {}\ntext = {value}\n",
                provenance::toml_string(&words)
            )),
        }
    }
    let mut out = crate::translation::segment::replace(text, edits);
    if !appended.is_empty()
        && let Ok(split) = crate::frontmatter::split(&out, Path::new(""))
    {
        out.insert_str(split.front_matter.end, &appended);
    }
    out
}

/// The language's `.ftl` file with changed messages replaced (or added at its end).
fn strings_text(root: &Path, fresh: &FileUnits, changes: &[Change]) -> Result<String, String> {
    let text = std::fs::read_to_string(root.join(&fresh.translation)).unwrap_or_default();
    let messages = crate::translation::strings::messages(&text);
    let mut edits = Vec::new();
    let mut appended = String::new();
    for c in changes {
        let key = c.id.trim_start_matches("m-");
        let value = crate::translation::segment::join(&c.target);
        if value.contains('\n') {
            return Err(format!("interface string `{key}` must stay on one line"));
        }
        match messages.iter().find(|m| m.key == key) {
            Some(m) => edits.push((m.range.clone(), value)),
            None => appended.push_str(&format!("{key} = {value}\n")),
        }
    }
    let mut out = crate::translation::segment::replace(&text, edits);
    if !appended.is_empty() {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&appended);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use crate::translation::site::Doc;
    use crate::translation::units::Export;

    fn doc(rel: &str, lang: &str, text: String) -> Doc {
        let path = std::path::PathBuf::from(format!("content/{rel}"));
        let split = crate::frontmatter::split(&text, &path).unwrap();
        let front = crate::frontmatter::parse(&text, &split, &path).unwrap();
        Doc {
            file: SourceFile {
                rel_path: rel.into(),
                display_path: path,
                text,
                lang: lang.into(),
                section: String::new(),
                stem: "a".into(),
            },
            split,
            front,
        }
    }

    /// Export a page, read the file back, check it: nothing changed, nothing refused.
    fn round_trip(original: &str, translation: &str, po: bool) -> (usize, usize) {
        let mut translations = BTreeMap::new();
        translations.insert(
            "fr".to_string(),
            doc("a.fr.md", "fr", translation.to_string()),
        );
        let page = PageFiles {
            identity: "a".into(),
            original: doc("a.md", "en", original.to_string()),
            translations,
        };
        let fresh = units::page_units(Path::new("/nonexistent"), &page, "fr");
        let export = Export {
            source_lang: "en".into(),
            target_lang: "fr".into(),
            files: vec![fresh.clone()],
            glossary: vec![("sentencing State".into(), "État de condamnation".into())],
        };
        let shown = Path::new("x");
        let imported = if po {
            crate::translation::po::read(&crate::translation::po::write(&export), shown).unwrap()
        } else {
            crate::translation::xliff::read(&crate::translation::xliff::write(&export), shown)
                .unwrap()
        };
        assert_eq!(imported.target_lang, "fr");
        let list: Vec<&ImportedUnit> = imported.units.iter().collect();
        let mut problems = Vec::new();
        let changes = check(&fresh, &list, shown, "", &mut problems);
        (problems.len(), changes.len())
    }

    #[test]
    fn damaged_placeholder_is_refused() {
        let unit = Unit {
            id: "b1".into(),
            kind: "paragraph",
            source: vec![
                Part::Ph("**".into()),
                Part::Text("a".into()),
                Part::Ph("**".into()),
            ],
            target: None,
            state: SegState::Initial,
            previous: None,
            target_phs: vec!["**".into(), "**".into()],
        };
        let ok = [
            Piece::Ph("2".into()),
            Piece::Text("b".into()),
            Piece::Ph("1".into()),
        ];
        assert!(rebuild(&ok, &unit).is_ok());
        let missing = [Piece::Ph("1".into()), Piece::Text("b".into())];
        assert!(rebuild(&missing, &unit).unwrap_err().contains("missing"));
        let twice = [
            Piece::Ph("1".into()),
            Piece::Ph("1".into()),
            Piece::Ph("2".into()),
        ];
        assert!(rebuild(&twice, &unit).unwrap_err().contains("twice"));
        let unknown = [
            Piece::Ph("1".into()),
            Piece::Ph("2".into()),
            Piece::Ph("3".into()),
        ];
        assert!(rebuild(&unknown, &unit).unwrap_err().contains("not one of"));
    }

    proptest::proptest! {
        /// The round-trip law on one page: whatever the body, exporting and reading back the
        /// file changes no segment and refuses none, in XLIFF and in PO.
        #[test]
        fn export_then_import_changes_nothing(
            body in "([-#*_`|\\[\\]()@/a-z .\"&<>\r\n>0-9]{0,12}\n?){0,10}",
            po in proptest::bool::ANY,
        ) {
            let original = format!("+++\ntitle = \"T\"\ndescription = \"D\"\n+++\n{body}");
            let translated: String = body.chars().map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c }).collect();
            let translation = format!("+++\ntitle = \"T fr\"\ntranslation = \"reviewed\"\n+++\n{translated}");
            let (problems, changes) = round_trip(&original, &translation, po);
            proptest::prop_assert_eq!(problems, 0);
            proptest::prop_assert_eq!(changes, 0);
        }
    }
}
