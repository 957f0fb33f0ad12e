//! XLIFF 2.1 (OASIS), written and read with quick-xml.
//!
//! One `<file>` per page (id: the page's identity, `original`: its path) and one for the
//! interface strings; one `<unit>` per segment with one `<segment>` whose `state` is
//! `initial`, `translated`, `reviewed` or `final`. Inline markup is `<ph id="n"
//! dataRef="sn|tn"/>`, its Markdown kept in `<originalData>` (`s` for the source's, `t` for
//! the target's: a translation may word a link differently). Where the original changed, the
//! previous text is a `<note category="previous-source">`. The glossary travels as notes of
//! the first file, and each unit whose source uses a term carries it in the glossary module.

use std::fmt::Write as _;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::diagnostic::Diagnostic;
use crate::translation::import::{Imported, ImportedUnit, Piece};
use crate::translation::segment::Part;
use crate::translation::units::{Export, SegState, Unit};

/// The XLIFF 2 core namespace (2.1 keeps 2.0's).
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF 2 glossary module's namespace.
pub const GLOSSARY: &str = "urn:oasis:names:tc:xliff:glossary:2.0";

/// Escapes text for XML; carriage returns and tabs as references so no parser normalises
/// them away (a CRLF file must come back CRLF).
fn esc(text: &str) -> String {
    quick_xml::escape::escape(text)
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

/// Escapes an attribute value (line breaks too: parsers turn them into spaces).
fn esc_attr(text: &str) -> String {
    esc(text).replace('\n', "&#10;")
}

/// The whole export as an XLIFF 2.1 document.
pub fn write(export: &Export) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">",
        esc_attr(&export.source_lang),
        esc_attr(&export.target_lang)
    );
    for (i, f) in export.files.iter().enumerate() {
        let _ = writeln!(
            out,
            "  <file id=\"{}\" original=\"{}\" xml:space=\"preserve\">",
            esc_attr(&f.id),
            esc_attr(&f.original.to_string_lossy())
        );
        let mut notes: Vec<(String, String)> = vec![(
            "translation".into(),
            f.translation.to_string_lossy().into_owned(),
        )];
        if i == 0 {
            notes.extend(
                export
                    .glossary
                    .iter()
                    .map(|(s, t)| ("glossary".to_string(), format!("{s} = {t}"))),
            );
        }
        write_notes(&mut out, "    ", &notes);
        for u in &f.units {
            write_unit(&mut out, u, &export.glossary);
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

fn write_notes(out: &mut String, indent: &str, notes: &[(String, String)]) {
    if notes.is_empty() {
        return;
    }
    let _ = writeln!(out, "{indent}<notes>");
    for (category, text) in notes {
        let _ = writeln!(
            out,
            "{indent}  <note category=\"{}\">{}</note>",
            esc_attr(category),
            esc(text)
        );
    }
    let _ = writeln!(out, "{indent}</notes>");
}

fn write_unit(out: &mut String, u: &Unit, glossary: &[(String, String)]) {
    let _ = writeln!(
        out,
        "    <unit id=\"{}\" name=\"{}\">",
        esc_attr(&u.id),
        u.kind
    );
    write_glossary(out, u, glossary);
    if let Some(p) = &u.previous {
        write_notes(out, "      ", &[("previous-source".into(), p.clone())]);
    }
    let source_phs = crate::translation::segment::placeholders(&u.source);
    if !source_phs.is_empty() || !u.target_phs.is_empty() {
        out.push_str("      <originalData>\n");
        for (prefix, list) in [
            ("s", source_phs),
            ("t", u.target_phs.iter().map(String::as_str).collect()),
        ] {
            for (n, markup) in list.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "        <data id=\"{prefix}{}\">{}</data>",
                    n + 1,
                    esc(markup)
                );
            }
        }
        out.push_str("      </originalData>\n");
    }
    let _ = write!(
        out,
        "      <segment state=\"{}\">\n        <source>{}</source>\n",
        u.state.as_str(),
        inline(&u.source, "s")
    );
    if let Some(t) = &u.target {
        let _ = writeln!(out, "        <target>{}</target>", inline(t, "t"));
    }
    out.push_str("      </segment>\n    </unit>\n");
}

/// The glossary entries whose term the segment's source uses, in the XLIFF 2 glossary module
/// (CAT tools show them beside the segment).
fn write_glossary(out: &mut String, u: &Unit, glossary: &[(String, String)]) {
    let source = crate::translation::segment::join(&u.source).to_lowercase();
    let used: Vec<&(String, String)> = glossary
        .iter()
        .filter(|(term, _)| source.contains(&term.to_lowercase()))
        .collect();
    if used.is_empty() {
        return;
    }
    let _ = writeln!(out, "      <gls:glossary xmlns:gls=\"{GLOSSARY}\">");
    for (term, translation) in used {
        let _ = writeln!(
            out,
            "        <gls:glossEntry><gls:term>{}</gls:term><gls:translation>{}</gls:translation></gls:glossEntry>",
            esc(term),
            esc(translation)
        );
    }
    out.push_str("      </gls:glossary>\n");
}

fn inline(parts: &[Part], prefix: &str) -> String {
    let mut out = String::new();
    let mut n = 0;
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(&esc(t)),
            Part::Ph(_) => {
                n += 1;
                let _ = write!(out, "<ph id=\"{n}\" dataRef=\"{prefix}{n}\"/>");
            }
        }
    }
    out
}

/// Where the reader is inside a document.
#[derive(Default)]
struct State {
    file: String,
    unit: Option<ImportedUnit>,
    in_source: bool,
    in_target: bool,
    depth_other: usize,
}

/// Reads an XLIFF 2 document back into units; a malformed document is an error at its line.
pub fn read(text: &str, shown: &Path) -> Result<Imported, Vec<Diagnostic>> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut st = State::default();
    let mut imported = Imported::default();
    loop {
        let at = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            vec![
                Diagnostic::error("E0722", format!("this XLIFF file is not well-formed: {e}"))
                    .at(shown, text, at.min(text.len())..at.min(text.len()))
                    .with_help("restore the file from the export, or fix the XML at this line"),
            ]
        })?;
        let line = text[..at.min(text.len())].matches('\n').count() + 1;
        match event {
            Event::Eof => break,
            Event::Start(e) => start(&e, line, &mut st, &mut imported, false),
            Event::Empty(e) => start(&e, line, &mut st, &mut imported, true),
            Event::End(e) => end(e.local_name().as_ref(), &mut st, &mut imported),
            Event::Text(e) => push_text(&mut st, &e.decode().unwrap_or_default()),
            Event::CData(e) => push_text(&mut st, &String::from_utf8_lossy(&e)),
            Event::GeneralRef(e) => {
                let resolved = match e.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match e.decode().unwrap_or_default().as_ref() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => format!("&{other};"),
                    },
                };
                push_text(&mut st, &resolved);
            }
            _ => {}
        }
    }
    Ok(imported)
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn start(e: &BytesStart<'_>, line: usize, st: &mut State, imported: &mut Imported, empty: bool) {
    let name = e.local_name();
    match name.as_ref() {
        b"xliff" => imported.target_lang = attr(e, "trgLang").unwrap_or_default(),
        b"file" => st.file = attr(e, "id").unwrap_or_default(),
        b"unit" => {
            st.unit = Some(ImportedUnit {
                file: st.file.clone(),
                id: attr(e, "id").unwrap_or_default(),
                line,
                ..ImportedUnit::default()
            });
        }
        b"segment" => {
            if let Some(u) = &mut st.unit {
                u.state = attr(e, "state").and_then(|s| SegState::parse(&s));
            }
        }
        b"source" => st.in_source = !empty,
        b"target" => {
            st.in_target = !empty;
            if let Some(u) = &mut st.unit {
                u.target = Some(Vec::new());
                u.target_line = line;
            }
        }
        b"ph" => {
            let id = attr(e, "id").unwrap_or_default();
            if let Some(u) = &mut st.unit {
                if st.in_target {
                    u.target.get_or_insert_default().push(Piece::Ph(id));
                } else if st.in_source {
                    u.source.push(Piece::Ph(id));
                }
            }
        }
        _ if st.in_source || st.in_target => {
            // Any other inline element (<pc>, <mrk>...) is not ours: refused at import.
            if let Some(u) = &mut st.unit {
                u.foreign = Some(String::from_utf8_lossy(name.as_ref()).into_owned());
            }
            if !empty {
                st.depth_other += 1;
            }
        }
        _ => {}
    }
}

fn end(name: &[u8], st: &mut State, imported: &mut Imported) {
    match name {
        b"unit" => imported.units.extend(st.unit.take()),
        b"source" => st.in_source = false,
        b"target" => st.in_target = false,
        _ if st.depth_other > 0 => st.depth_other -= 1,
        _ => {}
    }
}

fn push_text(st: &mut State, text: &str) {
    let Some(u) = &mut st.unit else { return };
    let list = if st.in_target {
        u.target.get_or_insert_default()
    } else if st.in_source {
        &mut u.source
    } else {
        return;
    };
    match list.last_mut() {
        Some(Piece::Text(t)) => t.push_str(text),
        _ => list.push(Piece::Text(text.to_string())),
    }
}
