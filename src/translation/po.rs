//! gettext PO, for translators whose tools read PO rather than XLIFF.
//!
//! One entry per segment: `msgctxt` is `FILE-ID#UNIT-ID`, `msgid` the original's text and
//! `msgstr` the translation, with inline markup as numbered markers `⟦1⟧` (PO has no inline
//! markup of its own; the markers' Markdown is listed in an extracted comment). A segment
//! whose original changed is `#, fuzzy` with the previous text as `#| msgid`. PO has no review
//! states: an import keeps each page's state. Written and read here because the PO crates on
//! crates.io neither keep line numbers (an import error must name its line) nor the `#|`
//! previous-text comments.

use std::fmt::Write as _;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::translation::import::{Imported, ImportedUnit, Piece};
use crate::translation::segment::Part;
use crate::translation::units::{Export, SegState};

/// Quotes a PO string (one line; translators' tools rewrap as they like).
fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn markers(parts: &[Part]) -> String {
    let mut out = String::new();
    let mut n = 0;
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Ph(_) => {
                n += 1;
                let _ = write!(out, "⟦{n}⟧");
            }
        }
    }
    out
}

/// The whole export as a PO file.
pub fn write(export: &Export) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "# Homeward translation export: {} to {}.\n# Keep every ⟦n⟧ marker: it stands for a link, emphasis or code.\n",
        export.source_lang, export.target_lang
    );
    for (s, t) in &export.glossary {
        let _ = writeln!(out, "# glossary: {s} = {t}");
    }
    let _ = write!(
        out,
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: {}\\n\"\n\"X-Generator: homeward\\n\"\n",
        export.target_lang
    );
    for f in &export.files {
        for u in &f.units {
            out.push('\n');
            let _ = writeln!(out, "#. {} of {}", u.kind, f.original.display());
            for (n, m) in crate::translation::segment::placeholders(&u.source)
                .iter()
                .enumerate()
            {
                let _ = writeln!(out, "#. ⟦{}⟧ = {}", n + 1, m.replace('\n', " "));
            }
            let fuzzy = u.target.is_some() && u.state == SegState::Initial;
            if fuzzy {
                out.push_str("#, fuzzy\n");
            }
            if let Some(p) = &u.previous {
                let _ = writeln!(out, "#| msgid {}", quote(p));
            }
            let _ = writeln!(out, "msgctxt {}", quote(&format!("{}#{}", f.id, u.id)));
            let _ = writeln!(out, "msgid {}", quote(&markers(&u.source)));
            let target = u.target.as_deref().map(markers).unwrap_or_default();
            let _ = writeln!(out, "msgstr {}", quote(&target));
        }
    }
    out
}

/// Undoes [`quote`] on one `"..."` piece.
fn unquote(piece: &str) -> Option<String> {
    let inner = piece.trim().strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            other => out.push(other),
        }
    }
    Some(out)
}

/// Cuts marked text back into text and placeholder ids.
fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('⟦') {
        let after = &rest[open + '⟦'.len_utf8()..];
        let Some(close) = after.find('⟧') else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        out.push(Piece::Ph(after[..close].to_string()));
        rest = &after[close + '⟧'.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    out
}

#[derive(Default)]
struct Entry {
    line: usize,
    text_line: usize,
    fuzzy: bool,
    ctxt: Option<String>,
    id: Option<String>,
    text: Option<String>,
    field: u8,
}

/// Reads a PO file back into units.
pub fn read(text: &str, shown: &Path) -> Result<Imported, Vec<Diagnostic>> {
    let mut imported = Imported::default();
    let mut entry = Entry::default();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let l = line.trim();
        let start = offset;
        offset += line.len();
        if l.is_empty() {
            finish(&mut entry, &mut imported);
            continue;
        }
        if l.starts_with("#,") && l.contains("fuzzy") {
            entry.fuzzy = true;
        }
        if l.starts_with('#') {
            continue;
        }
        let (field, value) = match l.split_once(' ') {
            Some(("msgctxt", v)) => (1, v),
            Some(("msgid", v)) => (2, v),
            Some(("msgstr", v)) => (3, v),
            _ if l.starts_with('"') => (entry.field, l),
            _ => (0, l),
        };
        let Some(value) = unquote(value).filter(|_| field != 0) else {
            return Err(vec![
                Diagnostic::error("E0722", "this PO line cannot be read")
                    .at(shown, text, start..start + line.trim_end().len())
                    .with_help(
                        "a PO entry is msgctxt, msgid and msgstr, each followed by a quoted string",
                    ),
            ]);
        };
        if entry.field == 0 {
            entry.line = n + 1;
        }
        if field == 3 && entry.field != 3 {
            entry.text_line = n + 1;
        }
        let slot = match field {
            1 => &mut entry.ctxt,
            2 => &mut entry.id,
            _ => &mut entry.text,
        };
        slot.get_or_insert_default().push_str(&value);
        entry.field = field;
    }
    finish(&mut entry, &mut imported);
    Ok(imported)
}

fn finish(entry: &mut Entry, imported: &mut Imported) {
    let e = std::mem::take(entry);
    let Some(ctxt) = e.ctxt else {
        if let Some(t) = &e.text
            && let Some(lang) = t.lines().find_map(|l| l.strip_prefix("Language: "))
        {
            imported.target_lang = lang.trim().to_string();
        }
        return;
    };
    let (file, id) = ctxt.split_once('#').unwrap_or((&ctxt, ""));
    let target = e.text.filter(|t| !t.is_empty()).map(|t| pieces(&t));
    imported.units.push(ImportedUnit {
        file: file.to_string(),
        id: id.to_string(),
        line: e.line,
        target_line: e.text_line,
        source: pieces(&e.id.unwrap_or_default()),
        state: Some(if e.fuzzy || target.is_none() {
            SegState::Initial
        } else {
            SegState::Translated
        }),
        target,
        foreign: None,
        keep_page_state: true,
    });
}
