//! The registry's own checks: the table agrees with the code (every code used is registered
//! with its severity, every registered code is used), every entry is complete, and the
//! committed docs/diagnostics.md is the one the table renders.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::*;

/// Codes defined ahead of the change that uses them, so the table is complete when it lands.
/// The test fails once one is used, to say that it must leave this list.
const NOT_YET_USED: &[&str] = &[];

/// How one code literal is used in the source: with `Diagnostic::error(` or `::warning(`
/// directly before it, or passed on some other way (a tuple, a `Finding`, an argument).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Direct(Severity),
    Indirect,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src/") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `"E0000"`-shaped string literal of `text` before its test module, with how it is used.
fn code_literals(text: &str) -> Vec<(String, Use)> {
    let text = text.split("\n#[cfg(test)]").next().unwrap_or(text);
    let mut found = Vec::new();
    for (i, _) in text.match_indices('"') {
        let Some(candidate) = text.get(i + 1..i + 6) else {
            continue;
        };
        if !is_well_formed(candidate) || text.get(i + 6..i + 7) != Some("\"") {
            continue;
        }
        let before = text[..i].trim_end();
        let how = if before.ends_with("Diagnostic::error(") {
            Use::Direct(Severity::Error)
        } else if before.ends_with("Diagnostic::warning(") {
            Use::Direct(Severity::Warning)
        } else {
            Use::Indirect
        };
        found.push((candidate.to_string(), how));
    }
    found
}

/// Every code used in src/, outside the registry itself and tests, with each of its uses.
fn codes_in_source() -> BTreeMap<String, Vec<(PathBuf, Use)>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut used: BTreeMap<String, Vec<(PathBuf, Use)>> = BTreeMap::new();
    for file in files {
        if file.starts_with(src.join("diagnostic/registry")) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("read a source file");
        for (code, how) in code_literals(&text) {
            let shown = file
                .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                .unwrap_or(&file);
            used.entry(code)
                .or_default()
                .push((shown.to_path_buf(), how));
        }
    }
    used
}

#[test]
fn the_scanner_sees_direct_and_indirect_uses() {
    let text = "Diagnostic::error(\n \"E0103\", x); Diagnostic::warning(\"W0001\", y);\n(\"E0120\", m)\n#[cfg(test)]\nmod tests { \"E0999\" }";
    assert_eq!(
        code_literals(text),
        vec![
            ("E0103".to_string(), Use::Direct(Severity::Error)),
            ("W0001".to_string(), Use::Direct(Severity::Warning)),
            ("E0120".to_string(), Use::Indirect),
        ]
    );
}

#[test]
fn every_code_used_is_registered_with_its_severity() {
    let mut problems = Vec::new();
    for (code, uses) in codes_in_source() {
        let Some(entry) = lookup(&code) else {
            problems.push(format!(
                "{code} is used in {} but not registered: add it to src/diagnostic/registry/codes.rs",
                uses[0].0.display()
            ));
            continue;
        };
        for (file, how) in uses {
            if let Use::Direct(severity) = how
                && severity != entry.severity
            {
                problems.push(format!(
                    "{code} is registered as {:?} but reported as {severity:?} in {}",
                    entry.severity,
                    file.display()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_registered_code_is_used() {
    let used = codes_in_source();
    let mut problems = Vec::new();
    for code in all() {
        let pending = NOT_YET_USED.contains(&code.code);
        match (used.contains_key(code.code), pending) {
            (false, false) => problems.push(format!(
                "{} is registered but used nowhere in src/: remove it from the table",
                code.code
            )),
            (true, true) => problems.push(format!(
                "{} is used now: remove it from NOT_YET_USED in src/diagnostic/registry/tests.rs",
                code.code
            )),
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn entries_are_complete_ordered_and_consistent() {
    let mut seen = BTreeSet::new();
    let mut previous = "";
    for c in all() {
        assert!(
            is_well_formed(c.code),
            "{} is not E/W and four digits",
            c.code
        );
        assert!(seen.insert(c.code), "{} is registered twice", c.code);
        let rank = |code: &str| (code.starts_with('W'), code.to_string());
        assert!(
            previous.is_empty() || rank(previous) < rank(c.code),
            "{} is out of order",
            c.code
        );
        previous = c.code;
        let letter = match c.severity {
            Severity::Error => 'E',
            Severity::Warning => 'W',
        };
        assert!(
            c.code.starts_with(letter),
            "{}: its letter must match its severity",
            c.code
        );
        assert!(
            c.severity == Severity::Error || c.exit == ExitClass::Content,
            "{}: a warning is never an environment problem",
            c.code
        );
        assert!(
            !c.title.is_empty() && c.title.len() <= 60,
            "{}: title",
            c.code
        );
        assert!(
            !c.title.ends_with('.'),
            "{}: a title is not a sentence",
            c.code
        );
        assert!(
            c.explanation.len() >= 80,
            "{}: explanation too short",
            c.code
        );
        assert!(
            c.wrong.1 != c.right.1,
            "{}: wrong and right are the same",
            c.code
        );
        assert!(!c.right.1.trim().is_empty(), "{}: no right example", c.code);
    }
}

#[test]
fn environment_problems_exit_2_and_content_problems_exit_1() {
    let errors = |codes: &[&'static str]| -> Vec<Diagnostic> {
        codes.iter().map(|c| Diagnostic::error(c, "x")).collect()
    };
    assert_eq!(exit_status(&errors(&["E0121"]), false), 2);
    assert_eq!(exit_status(&errors(&["E0103", "E0604"]), false), 2);
    assert_eq!(exit_status(&errors(&["E0103"]), false), 1);
    let warning = [Diagnostic::warning("W0001", "x")];
    assert_eq!(exit_status(&warning, false), 0);
    assert_eq!(exit_status(&warning, true), 1);
    assert_eq!(exit_status(&[], true), 0);
}

#[test]
fn explain_answers_known_unknown_and_malformed_codes() {
    let text = explain("e0103").expect("E0103 is registered");
    assert!(
        text.starts_with("## E0103: Unknown front-matter key"),
        "{text}"
    );
    assert!(text.contains("Wrong:") && text.contains("titel"), "{text}");
    let malformed = explain("E0104x").unwrap_err();
    assert_eq!(malformed.code, "E0011");
    assert!(malformed.message.contains("not a diagnostic code"));
    let near = explain("E0109").unwrap_err();
    assert_eq!(near.message, "there is no diagnostic code E0109");
    assert!(near.help.unwrap_or_default().contains("did you mean"));
    assert!(
        explain("hello")
            .unwrap_err()
            .message
            .contains("not a diagnostic code")
    );
}

/// Set `HOMEWARD_BLESS=1` to rewrite docs/diagnostics.md from the table instead of comparing.
#[test]
fn docs_diagnostics_md_is_generated_from_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagnostics.md");
    let rendered = render_markdown();
    if std::env::var_os("HOMEWARD_BLESS").is_some() {
        std::fs::write(&path, &rendered).expect("write docs/diagnostics.md");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == rendered,
        "docs/diagnostics.md differs from the registry: regenerate it with \
         `cargo run -- explain --all > docs/diagnostics.md` \
         (or `HOMEWARD_BLESS=1 cargo test --lib registry`), then commit it"
    );
}
