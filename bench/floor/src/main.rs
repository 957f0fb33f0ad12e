//! The floor of the benchmark: the least work any generator must do for a site. It reads every
//! `.md` under a content folder, splits off the `+++` front matter (not parsed), renders the body
//! with pulldown-cmark (the options Homeward uses) and writes one HTML file per page, in parallel
//! with rayon. No templates, no links, no data, no translations.
//!
//! Usage: homeward-bench-floor CONTENT_DIR OUTPUT_DIR

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use pulldown_cmark::{Options, Parser, html};
use rayon::prelude::*;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    Ok(())
}

/// The body after the closing `+++` line (the whole text if there is no front matter).
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("+++") else {
        return text;
    };
    match rest.find("\n+++") {
        Some(i) => {
            let after = &rest[i + 4..];
            after.find('\n').map_or("", |j| &after[j + 1..])
        }
        None => text,
    }
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [content, output] = args.as_slice() else {
        eprintln!("usage: homeward-bench-floor CONTENT_DIR OUTPUT_DIR");
        return ExitCode::from(2);
    };
    let mut files = Vec::new();
    if let Err(e) = collect(content, &mut files) {
        eprintln!("cannot read {}: {e}", content.display());
        return ExitCode::from(2);
    }
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let result = files.par_iter().try_for_each(|file| -> std::io::Result<()> {
        let text = std::fs::read_to_string(file)?;
        let mut html_out = String::with_capacity(text.len() * 3 / 2);
        html::push_html(&mut html_out, Parser::new_ext(body(&text), options));
        let rel = file.strip_prefix(content).unwrap_or(file);
        let target = output.join(rel).with_extension("html");
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, html_out)
    });
    match result {
        Ok(()) => {
            eprintln!("floor: {} pages written into {}", files.len(), output.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("floor failed: {e}");
            ExitCode::from(1)
        }
    }
}
