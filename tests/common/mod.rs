//! Helpers shared by the integration tests: copy a fixture site into a temporary folder (with
//! the repository's default theme), run the real `homeward` binary on it, and read the output.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

/// The date every test build takes as today, so no test depends on the real date (a status
/// checked in 2026 would otherwise start to warn a year later and fail `--deny-warnings`).
pub const TODAY: &str = "2026-12-08";

/// The real `homeward` binary, with the build's "today" fixed to [`TODAY`].
pub fn homeward() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_homeward"));
    command.env("HOMEWARD_TODAY", TODAY);
    command
}

/// A fixture copied into a temporary folder; removed when dropped.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    /// Copies `tests/fixtures/NAME` and the repository's `themes/`.
    pub fn fixture(name: &str) -> Site {
        let dir = tempfile::tempdir().expect("temporary folder");
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        copy_tree(&source, dir.path());
        // Copied, not linked: a link out of the site root is refused (E0124).
        copy_tree(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("themes"),
            &dir.path().join("themes"),
        );
        Site { dir }
    }

    /// The site's root folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder.
    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Runs `homeward ARGS --root ROOT`.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut all: Vec<&str> = args.to_vec();
        let root = self.root().to_string_lossy().into_owned();
        all.push("--root");
        all.push(&root);
        homeward().args(&all).output().expect("run homeward")
    }

    /// Runs `homeward build` and asserts it succeeded.
    pub fn build(&self) -> Output {
        let out = self.run(&["build"]);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// Writes a file relative to the root.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Reads an output file (path relative to `public/`).
    pub fn read(&self, rel: &str) -> String {
        let path = self.public().join(rel);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Parses an output HTML file.
    pub fn html(&self, rel: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.read(rel))
    }
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// All values of `attr` on elements matching `selector`.
pub fn attrs(doc: &scraper::Html, selector: &str, attr: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

/// Text of the first element matching `selector`.
pub fn text(doc: &scraper::Html, selector: &str) -> String {
    let sel = scraper::Selector::parse(selector).unwrap();
    doc.select(&sel)
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default()
}

/// Decodes a percent-encoded URL path into the output file it names.
pub fn file_of(url: &str) -> String {
    let path = url.split('#').next().unwrap_or(url).trim_start_matches('/');
    let mut bytes = Vec::new();
    let raw = path.as_bytes();
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' && i + 2 < raw.len() {
            let hex = std::str::from_utf8(&raw[i + 1..i + 3]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            bytes.push(raw[i]);
            i += 1;
        }
    }
    let mut p = String::from_utf8(bytes).unwrap();
    if p.is_empty() || p.ends_with('/') {
        p.push_str("index.html");
    }
    p
}

/// The route from `sentencing` to `nationality` in a parsed `/data/routes.json`, if any.
pub fn find_route(
    routes: &serde_json::Value,
    sentencing: &str,
    nationality: &str,
) -> Option<serde_json::Value> {
    routes["routes"]
        .as_array()?
        .iter()
        .find(|r| r["sentencing"] == sentencing && r["nationality"] == nationality)
        .cloned()
}

/// The i18n fixture's Belgium–Cambodia treaty (`content/agreements/be-kh.md`) with an entry
/// into force for both parties: its two route answers turn from "signed" to "in force".
pub fn be_kh_in_force(treaty: &str) -> String {
    treaty
        .replace(
            "country = \"BE\"\nsigned = 2026-01-23\n",
            "country = \"BE\"\nsigned = 2026-01-23\nin_force = 2026-06-01\n",
        )
        .replace(
            "country = \"KH\"\nsigned = 2026-01-23\n",
            "country = \"KH\"\nsigned = 2026-01-23\nin_force = 2026-06-01\n",
        )
}
