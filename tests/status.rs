//! Statuses come only from the data (issue 21): an entry into force changes every page in
//! every language at once and no page contradicts it; an announced date is "not yet" before its
//! day and "in force" from it, with the build's today as the input that decides; and the words
//! for statuses live in the i18n files only.

mod common;

use std::path::{Path, PathBuf};

use common::Site;

/// A copy of the shipped site (content, theme, configuration) to edit.
fn shipped_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["content", "themes"] {
        common::copy_tree(&repo.join(folder), &dir.path().join(folder));
    }
    std::fs::copy(repo.join("site.toml"), dir.path().join("site.toml")).unwrap();
    dir
}

fn run(root: &Path, today: &str, args: &[&str]) -> std::process::Output {
    common::homeward()
        .env("HOMEWARD_TODAY", today)
        .args(args)
        .args(["--root", root.to_str().unwrap()])
        .output()
        .unwrap()
}

fn html_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect()
}

/// Entry into force of the Belgium–Cambodia treaty, recorded only in its data: every language
/// of every page then says so, through the data, and nothing says otherwise.
#[test]
fn an_entry_into_force_changes_every_page_consistently_in_every_language() {
    let site = shipped_copy();
    let root = site.path();
    let treaty = root.join("content/agreements/belgium-cambodia.md");
    let text = std::fs::read_to_string(&treaty).unwrap();
    let in_force = common::be_kh_in_force(&text);
    assert_ne!(
        in_force, text,
        "the treaty's parties are where the test expects them"
    );
    std::fs::write(&treaty, in_force).unwrap();

    let check = run(root, common::TODAY, &["check", "--format", "json"]);
    let said = String::from_utf8_lossy(&check.stdout);
    assert!(check.status.success(), "{said}");
    assert!(
        !said.contains("W0005"),
        "no page states a contradicting status: {said}"
    );
    let build = run(root, common::TODAY, &["build"]);
    assert!(
        build.status.success(),
        "{}",
        String::from_utf8_lossy(&build.stderr)
    );

    let public = root.join("public");
    let routes: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(public.join("data/routes.json")).unwrap())
            .unwrap();
    for (a, b) in [("BE", "KH"), ("KH", "BE")] {
        let r = common::find_route(&routes, a, b).unwrap();
        assert_eq!(r["status"], "in-force", "{a}→{b}");
    }
    let mut sentences = 0;
    let mut rows = 0;
    for file in html_files(&public) {
        let doc = scraper::Html::parse_document(&std::fs::read_to_string(&file).unwrap());
        let shown = file.strip_prefix(&public).unwrap().display().to_string();
        // Every status sentence about the treaty, wherever it is, says it is in force.
        for class in common::attrs(
            &doc,
            ".status-sentence[data-agreement='be-kh-2026']",
            "class",
        ) {
            sentences += 1;
            assert!(class.contains("status-in-force"), "{shown}: {class}");
        }
        // The answers for the two countries, on the route pages, are in force.
        let row = if shown.contains("routes/kh/") {
            "tr#be"
        } else if shown.contains("routes/be/") {
            "tr#kh"
        } else {
            continue;
        };
        rows += 1;
        let badges = common::attrs(&doc, &format!("{row} td .badge"), "class");
        assert!(
            badges.iter().any(|c| c.contains("status-in-force")),
            "{shown}: {badges:?}"
        );
        assert!(
            !badges.iter().any(|c| c.contains("not-yet")),
            "{shown}: {badges:?}"
        );
    }
    assert!(
        sentences >= 7,
        "the treaty's status sentences were found ({sentences})"
    );
    assert_eq!(rows, 14, "both route pages in 7 languages");
    // Its page, in every language, carries the in-force banner and no other.
    for lang in ["en", "fr", "nl", "de", "km", "lo", "ar"] {
        let names: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(public.join(format!("data/names.{lang}.json"))).unwrap(),
        )
        .unwrap();
        let url = names["agreements"]["be-kh-2026"]["url"].as_str().unwrap();
        let file = public.join(common::file_of(url));
        let doc = scraper::Html::parse_document(&std::fs::read_to_string(&file).unwrap());
        let notices = common::attrs(&doc, "p.notice", "class");
        assert!(
            notices.iter().any(|n| n.contains("notice-in-force")),
            "{lang}: {notices:?}"
        );
        assert!(
            !notices.iter().any(|n| n.contains("notice-signed")),
            "{lang}: {notices:?}"
        );
    }
}

/// An announced date: "not yet, possible from" that day before it, listed by `check` as due,
/// and in force from the day itself, with nobody editing the file again.
#[test]
fn an_announced_date_is_not_yet_before_its_day_and_in_force_from_it() {
    let site = Site::fixture("i18n");
    let treaty = std::fs::read_to_string(site.root().join("content/agreements/be-kh.md")).unwrap();
    let announced = treaty
        .replace(
            "country = \"BE\"\nsigned = 2026-01-23\n",
            "country = \"BE\"\nsigned = 2026-01-23\nin_force = 2027-03-01\n",
        )
        .replace(
            "country = \"KH\"\nsigned = 2026-01-23\n",
            "country = \"KH\"\nsigned = 2026-01-23\nin_force = 2027-03-01\n",
        );
    assert_ne!(announced, treaty);
    site.write("content/agreements/be-kh.md", &announced);

    let check = run(site.root(), "2027-02-28", &["check"]);
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{said}");
    assert!(
        said.contains("status changes due in the next 90 days"),
        "{said}"
    );
    assert!(
        said.contains("be-kh-2026 enters into force for BE on 2027-03-01 (in 1 days)"),
        "{said}"
    );
    // Not listed when it is further off than 90 days.
    let far = run(site.root(), "2026-11-01", &["check"]);
    assert!(!String::from_utf8_lossy(&far.stderr).contains("due in the next"));

    let before = run(site.root(), "2027-02-28", &["build"]);
    assert!(
        before.status.success(),
        "{}",
        String::from_utf8_lossy(&before.stderr)
    );
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    let be_kh = common::find_route(&routes, "BE", "KH").unwrap();
    assert_eq!(be_kh["status"], "not-yet");
    assert_eq!(be_kh["from"], "2027-03-01");
    let page = site.html("routes/be/index.html");
    let badge = common::text(&page, "tr#kh td .badge");
    assert!(
        badge.contains("2027") && badge.contains('1'),
        "the answer names the day: {badge}"
    );

    let after = run(site.root(), "2027-03-01", &["build"]);
    let said = String::from_utf8_lossy(&after.stderr);
    assert!(after.status.success(), "{said}");
    assert!(
        said.contains("a transfer can be requested now"),
        "the build lists the change: {said}"
    );
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    assert_eq!(
        common::find_route(&routes, "BE", "KH").unwrap()["status"],
        "in-force"
    );
}

/// The words for a status are in the theme's i18n files only: templates and the script name
/// them by key, so one state cannot be worded two ways.
#[test]
fn no_status_words_are_written_in_the_templates_or_the_script() {
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    let words = [
        "in force",
        "signed",
        "not verified",
        "unverified",
        "we do not know",
        "not yet",
        "no agreement",
        "not confirmed",
        "ratified",
    ];
    let mut files = html_files(&theme.join("templates"));
    files.push(theme.join("static/homeward.js"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let visible = strip_template_code(&text).to_lowercase();
        for word in words {
            assert!(
                !visible.contains(word),
                "{} writes `{word}` itself: {}",
                file.display(),
                visible.lines().find(|l| l.contains(word)).unwrap_or("")
            );
        }
    }
}

/// What a template writes as it stands: its text without `{{ }}`, `{% %}` and `{# #}`, and for
/// the script its string literals (comments and code are not shown to readers).
fn strip_template_code(text: &str) -> String {
    if !text.contains("{{") && !text.contains("{%") {
        // The script: only string literals reach a reader.
        return text
            .lines()
            .filter(|l| {
                !l.trim_start().starts_with("//")
                    && !l.trim_start().starts_with('*')
                    && !l.trim_start().starts_with("/*")
            })
            .flat_map(|l| {
                l.split('"')
                    .skip(1)
                    .step_by(2)
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            // Keys and class names (`unverified`, `status-not-yet`, `badge status-`) are not
            // words a reader sees; a reader's words have a capital or a space between words.
            .filter(|s| {
                let is_name = s
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c == ' ')
                    && (s.starts_with("badge") || !s.contains(' '));
                !is_name
            })
            .collect::<Vec<_>>()
            .join("\n");
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find(['{']) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let close = match after.get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                out.push('{');
                rest = &after[1..];
                continue;
            }
        };
        match after.find(close) {
            Some(end) => rest = &after[end + 2..],
            None => break,
        }
    }
    out.push_str(rest);
    // Attribute values that are class names or keys are not words a reader sees.
    out.split(['<', '>'])
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join(" ")
}
