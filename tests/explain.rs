//! `homeward explain`: the long explanation of a code, as `rustc --explain` gives it, and the
//! answers to a code that does not exist or is not a code at all.

mod common;

use std::process::Output;

fn explain(args: &[&str]) -> Output {
    common::homeward()
        .arg("explain")
        .args(args)
        .output()
        .expect("run homeward explain")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn an_existing_code_prints_its_explanation_with_a_wrong_and_a_right_example() {
    let out = explain(&["E0103"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        stdout.starts_with("## E0103: Unknown front-matter key"),
        "{stdout}"
    );
    assert!(stdout.contains("exit status 1"), "{stdout}");
    let wrong = stdout.find("Wrong:").expect("a wrong example");
    let right = stdout.find("Right:").expect("a right example");
    assert!(wrong < right, "{stdout}");
    assert!(stdout[wrong..right].contains("titel = "), "{stdout}");
    assert!(stdout[right..].contains("title = "), "{stdout}");
    // Codes are read whatever their case, as editors may type them.
    assert_eq!(explain(&["e0103"]).stdout, out.stdout);
}

#[test]
fn an_environment_code_says_it_exits_2() {
    let out = explain(&["E0121"]);
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("exit status 2"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn an_unknown_code_is_named_and_the_closest_one_suggested() {
    let out = explain(&["E0109"]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(
        stderr.contains("error[E0011]: there is no diagnostic code E0109"),
        "{stderr}"
    );
    assert!(stderr.contains("help: did you mean `E0108`?"), "{stderr}");
}

#[test]
fn a_malformed_code_is_a_usage_error_with_a_help_line() {
    for typed in ["E12", "hello", "E01030"] {
        let out = explain(&[typed]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{typed}: {stderr}");
        assert!(
            stderr.contains(&format!("`{typed}` is not a diagnostic code")),
            "{stderr}"
        );
        assert!(
            stderr.contains("help: a code is E or W and four digits"),
            "{stderr}"
        );
    }
}

#[test]
fn no_code_at_all_is_a_usage_error() {
    let out = explain(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("<CODE>"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn all_prints_the_committed_docs_diagnostics_md() {
    let out = explain(&["--all"]);
    assert!(out.status.success());
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/diagnostics.md"),
    )
    .expect("docs/diagnostics.md");
    assert!(
        text(&out.stdout) == committed,
        "docs/diagnostics.md is stale: run `cargo run -- explain --all > docs/diagnostics.md`"
    );
}
