//! What a translator is sent: the units (segments) of one language, page by page, each with
//! the original's text, the current translation if there is one, its state and, where the
//! original changed, the previous original text. XLIFF and PO are two spellings of the same
//! units, and import recomputes them from the files to check a translator's file against.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::SiteConfig;
use crate::diagnostic::Diagnostic;
use crate::translation::segment::{self, Block, Part, normalise};
use crate::translation::site::{self, Doc, PageFiles};
use crate::translation::{State, provenance, strings};

/// Which segments an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Only {
    /// Segments with no translation.
    Missing,
    /// Segments whose original changed since they were translated.
    Stale,
}

/// An XLIFF 2 segment state (PO spells `initial` with a translation as `fuzzy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SegState {
    /// Not translated, or translated from an older original.
    Initial,
    /// Translated, not reviewed (a `machine` page).
    Translated,
    /// Reviewed by a person.
    Reviewed,
    /// Approved.
    Final,
}

impl SegState {
    /// The XLIFF word.
    pub fn as_str(self) -> &'static str {
        match self {
            SegState::Initial => "initial",
            SegState::Translated => "translated",
            SegState::Reviewed => "reviewed",
            SegState::Final => "final",
        }
    }

    /// Reads the XLIFF word.
    pub fn parse(word: &str) -> Option<SegState> {
        [
            SegState::Initial,
            SegState::Translated,
            SegState::Reviewed,
            SegState::Final,
        ]
        .into_iter()
        .find(|s| s.as_str() == word)
    }

    /// The segment state of a target in a page of this review state.
    pub fn of(state: State) -> SegState {
        match state {
            State::Machine => SegState::Translated,
            State::Reviewed => SegState::Reviewed,
            State::Final => SegState::Final,
        }
    }

    /// The page state a translated segment gives (`None` for `initial`).
    pub fn page_state(self) -> Option<State> {
        match self {
            SegState::Initial => None,
            SegState::Translated => Some(State::Machine),
            SegState::Reviewed => Some(State::Reviewed),
            SegState::Final => Some(State::Final),
        }
    }
}

/// One segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Stable within its file: `title`, `description`, `b3` (third block), `t-1a2b3c4d`
    /// (a data text, by its words' hash), `m-KEY` (an interface string).
    pub id: String,
    /// `title`, `heading`, `paragraph`, `item`, `cell`, `description`, `data-text`, `message`.
    pub kind: &'static str,
    /// The original's text and placeholders.
    pub source: Vec<Part>,
    /// The translation's, when there is one.
    pub target: Option<Vec<Part>>,
    /// Its state.
    pub state: SegState,
    /// The original's previous text, where it changed since the translation was made.
    pub previous: Option<String>,
    /// The markup a target may use, in order (placeholder `n` is `target_phs[n - 1]`).
    pub target_phs: Vec<String>,
}

/// The units of one page (or of the interface strings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUnits {
    /// The page's identity with `/` as `.` (an XML name token), or [`STRINGS_ID`].
    pub id: String,
    /// The original, as a path under the root.
    pub original: PathBuf,
    /// The translation, existing or to be written.
    pub translation: PathBuf,
    /// Its segments.
    pub units: Vec<Unit>,
}

/// Everything exported for a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The default language.
    pub source_lang: String,
    /// The language translated into.
    pub target_lang: String,
    /// Pages, then the interface strings.
    pub files: Vec<FileUnits>,
    /// The glossary's terms for the target language: (term, translation).
    pub glossary: Vec<(String, String)>,
}

/// The file id of the interface strings: no page's, since content files whose names start
/// with `.` are never read.
pub const STRINGS_ID: &str = ".ftl";

/// The file id of a page.
pub fn file_id(identity: &str) -> String {
    identity.replace('/', ".")
}

fn text(s: &str) -> Vec<Part> {
    vec![Part::Text(s.to_string())]
}

/// The id of a data text: its words' hash, so it survives reordering.
pub fn data_id(words: &str) -> String {
    let digest = Sha256::digest(words.as_bytes());
    let hex: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    format!("t-{hex}")
}

/// True when a translation's blocks line up one for one with its original's (same count and
/// kinds): its blocks are then edited in place.
pub fn aligned(original: &[Block], translation: &[Block]) -> bool {
    original.len() == translation.len()
        && original
            .iter()
            .zip(translation)
            .all(|(a, b)| a.kind == b.kind)
}

fn phs(parts: &[Part]) -> Vec<String> {
    segment::placeholders(parts)
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// The units of one page for a language, with no filter.
pub fn page_units(root: &Path, page: &PageFiles, lang: &str) -> FileUnits {
    let o = &page.original;
    let t = page.translations.get(lang);
    let now = provenance::segments(&o.file.text, &o.file.display_path).unwrap_or_default();
    // What changed: the segments the translation was made from, when the memory has them.
    let old: Option<Vec<String>> = t.and_then(|t| {
        let h = t.front.translation_of.as_ref()?.get_ref();
        if *h == provenance::hash(&now) {
            return Some(now.clone());
        }
        Some(provenance::recall(root, h).unwrap_or_default())
    });
    let state = t.map(page_state).unwrap_or_default();
    let mut units = Vec::new();
    let title = |d: &Doc| d.front.title.as_ref().map(|x| x.get_ref().clone());
    units.push(Unit {
        id: "title".into(),
        kind: "title",
        source: text(&title(o).unwrap_or_default()),
        target: t.and_then(title).map(|s| text(&s)),
        state: SegState::Initial,
        previous: None,
        target_phs: Vec::new(),
    });
    if let Some(d) = &o.front.description {
        units.push(Unit {
            id: "description".into(),
            kind: "description",
            source: text(d),
            target: t
                .and_then(|t| t.front.description.clone())
                .map(|s| text(&s)),
            state: SegState::Initial,
            previous: None,
            target_phs: Vec::new(),
        });
    }
    let ob = segment::blocks(o.body());
    let tb = t.map(|t| segment::blocks(t.body())).unwrap_or_default();
    let in_place = t.is_some() && aligned(&ob, &tb);
    for (i, b) in ob.iter().enumerate() {
        let target = in_place.then(|| tb[i].parts.clone());
        units.push(Unit {
            id: format!("b{}", i + 1),
            kind: b.kind.as_str(),
            source: b.parts.clone(),
            target_phs: phs(target.as_deref().unwrap_or(&b.parts)),
            target,
            state: SegState::Initial,
            previous: None,
        });
    }
    units.extend(data_units(o, t));
    set_states(&mut units, old.as_deref(), state);
    FileUnits {
        id: file_id(&page.identity),
        original: o.file.display_path.clone(),
        translation: translation_path(&o.file.display_path, lang),
        units,
    }
}

/// One unit per distinct data text of the original, with the translation's `[[texts]]` entry.
fn data_units(o: &Doc, t: Option<&Doc>) -> Vec<Unit> {
    let mut seen = std::collections::BTreeSet::new();
    let mut units = Vec::new();
    for d in crate::model::data_texts(&o.front) {
        if !seen.insert(d.clone()) {
            continue;
        }
        let target = t.and_then(|t| {
            t.front
                .texts
                .iter()
                .find(|x| *x.original.get_ref() == d)
                .map(|x| text(&x.text))
        });
        units.push(Unit {
            id: data_id(&d),
            kind: "data-text",
            source: text(&d),
            target,
            state: SegState::Initial,
            previous: None,
            target_phs: Vec::new(),
        });
    }
    units
}

/// A translation's review state.
pub fn page_state(t: &Doc) -> State {
    t.front
        .translation
        .as_ref()
        .and_then(|s| State::parse(s.get_ref()))
        .unwrap_or_default()
}

/// Where a page's translation is (or will be): `content/x.md` → `content/x.fr.md`.
pub fn translation_path(original: &Path, lang: &str) -> PathBuf {
    let stem = original
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    original.with_file_name(format!("{stem}.{lang}.md"))
}

/// A unit with a target takes the page's state, unless its source is not among the segments
/// the translation was made from: then it is `initial`, with the previous text at the same
/// place as context.
fn set_states(units: &mut [Unit], old: Option<&[String]>, state: State) {
    for u in units.iter_mut() {
        if u.target.is_none() {
            continue;
        }
        u.state = SegState::of(state);
        let Some(old) = old else { continue };
        let now = normalise(&segment::join(&u.source));
        if !old.contains(&now) {
            u.state = SegState::Initial;
            // The memory keeps title, description, then the blocks in order.
            let at = match u.id.as_str() {
                "title" => Some(0),
                "description" => Some(1),
                id => id
                    .strip_prefix('b')
                    .and_then(|n| n.parse::<usize>().ok())
                    .map(|n| n + 1),
            };
            u.previous = at
                .and_then(|i| old.get(i))
                .filter(|p| **p != now && !p.is_empty())
                .cloned();
        }
    }
}

/// The units of the interface strings: each one-line message of the default language's file,
/// with this language's value unless it is missing, or identical and not marked `# identical`.
pub fn string_units(root: &Path, config: &SiteConfig, lang: &str) -> FileUnits {
    let read = |l: &str| {
        let path = strings::file_for(root, config, l);
        let text = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
        (path, strings::messages(&text))
    };
    let (original, default) = read(&config.default_language);
    let (translation, own) = read(lang);
    let units = default
        .iter()
        .filter(|m| m.single_line())
        .map(|m| {
            let target = own
                .iter()
                .find(|o| o.key == m.key && o.single_line())
                .filter(|o| o.value != m.value || o.intentionally_identical())
                .map(|o| fluent_parts(&o.value));
            Unit {
                id: format!("m-{}", m.key),
                kind: "message",
                source: fluent_parts(&m.value),
                target_phs: phs(target.as_deref().unwrap_or(&fluent_parts(&m.value))),
                state: if target.is_some() {
                    SegState::Translated
                } else {
                    SegState::Initial
                },
                target,
                previous: None,
            }
        })
        .collect();
    FileUnits {
        id: STRINGS_ID.into(),
        original,
        translation,
        units,
    }
}

/// A Fluent value cut into text and placeables (`{ $count }`, `{ -brand }`), which are kept.
pub fn fluent_parts(value: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in value.char_indices() {
        match c {
            '{' => {
                if depth == 0 && i > start {
                    parts.push(Part::Text(value[start..i].to_string()));
                }
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    parts.push(Part::Ph(value[start..=i].to_string()));
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    if start < value.len() {
        parts.push(Part::Text(value[start..].to_string()));
    }
    parts
}

/// All units of a language, filtered.
pub fn export(
    root: &Path,
    config: &SiteConfig,
    lang: &str,
    only: Option<Only>,
) -> Result<Export, Vec<Diagnostic>> {
    if config.language(lang).is_none() || lang == config.default_language {
        return Err(vec![
            Diagnostic::error(
                "E0713",
                format!("`{lang}` is not a language to translate into"),
            )
            .in_file(Path::new("site.toml"))
            .with_help("give a language of site.toml other than the default"),
        ]);
    }
    let pages = site::load(root, config)?;
    let mut files: Vec<FileUnits> = pages.iter().map(|p| page_units(root, p, lang)).collect();
    files.push(string_units(root, config, lang));
    for f in &mut files {
        f.units.retain(|u| match only {
            None => true,
            Some(Only::Missing) => u.target.is_none(),
            Some(Only::Stale) => u.target.is_some() && u.state == SegState::Initial,
        });
    }
    files.retain(|f| !f.units.is_empty());
    Ok(Export {
        source_lang: config.default_language.clone(),
        target_lang: lang.to_string(),
        files,
        glossary: crate::translation::glossary::load(root, config)
            .map(|g| g.pairs(&config.default_language, lang))
            .unwrap_or_default(),
    })
}

/// `homeward translations export`: the file's text and how many segments it holds.
pub fn export_file(
    root: &Path,
    config: &SiteConfig,
    lang: &str,
    po: bool,
    only: Option<Only>,
) -> Result<(String, usize), Vec<Diagnostic>> {
    let export = export(root, config, lang, only)?;
    let count = export.files.iter().map(|f| f.units.len()).sum();
    let text = if po {
        crate::translation::po::write(&export)
    } else {
        crate::translation::xliff::write(&export)
    };
    Ok((text, count))
}
