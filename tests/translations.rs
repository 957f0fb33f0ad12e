//! Translations a ministry can trust (issue 26), through the real binary on
//! `tests/fixtures/translations`: the status report's counts, staleness after an edit of the
//! original (and not after a whitespace edit), the stale notice, `min_translation`, the
//! round-trip law of export and import, import refusing a damaged placeholder and writing
//! nothing, the glossary warning, and the exported files read by tools nobody here wrote
//! (xmllint, Translate Toolkit).

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use common::Site;

fn site() -> Site {
    Site::fixture("translations")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ok(site: &Site, args: &[&str]) -> Output {
    let out = site.run(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn source(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every file under the root (theme link left out), with its bytes.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| e.file_name() != "themes" && e.file_name() != "public")
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn check_json(site: &Site) -> Vec<serde_json::Value> {
    let out = site.run(&["check", "--format", "json"]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn report(site: &Site) -> serde_json::Value {
    let out = ok(site, &["translations", "--format", "json"]);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn lang<'a>(report: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    report["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == code)
        .unwrap()
}

#[test]
fn the_report_counts_pages_states_texts_and_words() {
    let site = site();
    let r = report(&site);
    let fr = lang(&r, "fr");
    assert_eq!(fr["pages"], 6);
    assert_eq!(
        fr["missing"],
        serde_json::json!(["content/countries/_index.md", "content/guides/visits.md"])
    );
    assert_eq!(
        fr["by_state"],
        serde_json::json!({"final": 2, "machine": 1, "reviewed": 1})
    );
    assert_eq!(fr["stale"], serde_json::json!([]));
    assert_eq!(
        fr["unknown_provenance"],
        serde_json::json!(["content/_index.fr.md"])
    );
    // Belgium's contact address has no [[texts]] entry; its name has one.
    assert_eq!(fr["texts_missing"], 1);
    // "Countries" (1 word) and "Visits" + its sentence (7 words) are new.
    assert_eq!(fr["words_new"], 8);
    assert_eq!(fr["words_changed"], 0);
    let nl = lang(&r, "nl");
    assert_eq!(nl["missing"].as_array().unwrap().len(), 5);
    assert_eq!(nl["by_state"], serde_json::json!({"machine": 1}));
    // A language whose strings file is the default language's copied unchanged is reported.
    let en = std::fs::read_to_string(site.root().join("themes/default/i18n/en.ftl")).unwrap();
    site.write("i18n/nl.ftl", &en);
    site.write("i18n/en.ftl", &en);
    site.write(
        "i18n/fr.ftl",
        &std::fs::read_to_string(site.root().join("themes/default/i18n/fr.ftl")).unwrap(),
    );
    let r = report(&site);
    let keys = en
        .lines()
        .filter(|l| l.contains(" = ") && !l.starts_with([' ', '#']))
        .count();
    let identical = lang(&r, "nl")["strings_identical"]
        .as_array()
        .unwrap()
        .len();
    assert!(
        identical + 10 >= keys && identical > 100,
        "{identical} of {keys}"
    );
    // And `check` warns: the language would ship its interface in English.
    let found = check_json(&site);
    let w: Vec<_> = found.iter().filter(|d| d["code"] == "W0007").collect();
    assert_eq!(w.len(), 1, "{found:?}");
    assert_eq!(w[0]["file"], "i18n/nl.ftl");
    let out = site.run(&["translations", "--fail-on", "missing"]);
    assert_eq!(out.status.code(), Some(1));
    ok(&site, &["translations", "--fail-on", "stale"]);
    let only = ok(&site, &["translations", "--lang", "nl", "--format", "json"]);
    let only: serde_json::Value = serde_json::from_slice(&only.stdout).unwrap();
    assert_eq!(only["languages"].as_array().unwrap().len(), 1);
    assert_eq!(
        site.run(&["translations", "--lang", "en"]).status.code(),
        Some(2)
    );
}

#[test]
fn an_edited_original_makes_its_translation_stale_and_a_whitespace_edit_does_not() {
    let site = site();
    let original = source(&site, "content/guides/apply.md");
    // Reflowed and spaced out: the same words.
    let reflowed = original
        .replace(
            "asks the sentencing State, or",
            "asks the sentencing State,\n   or",
        )
        .replace("See also", "\n\nSee  also");
    site.write("content/guides/apply.md", &reflowed);
    let found = check_json(&site);
    assert!(!found.iter().any(|d| d["code"] == "W0008"), "{found:?}");

    // A sentence reworded: 11 words in the changed paragraph.
    site.write(
        "content/guides/apply.md",
        &original.replace(
            "asks the sentencing State",
            "usually asks the sentencing State",
        ),
    );
    let found = check_json(&site);
    let stale: Vec<_> = found.iter().filter(|d| d["code"] == "W0008").collect();
    assert_eq!(stale.len(), 1, "{found:?}");
    assert_eq!(stale[0]["file"], "content/guides/apply.fr.md");
    assert_eq!(stale[0]["line"], 5, "the translation_of line");
    let message = stale[0]["message"].as_str().unwrap();
    assert!(
        message.contains("fr translation") && message.contains("12 words"),
        "{message}"
    );
    let out = site.run(&["translations", "--fail-on", "stale"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lang(&report(&site), "fr")["words_changed"], 12);

    // The reader is told, in French, with the original's date and a link to it.
    site.build();
    let page = site.read("fr/guides/comment-faire-la-demande/index.html");
    assert!(page.contains("notice-stale"), "no stale notice");
    assert!(
        page.contains("mis à jour le 1 novembre 2026")
            || page.contains("mis à jour le 1er novembre 2026"),
        "date"
    );
    assert!(
        page.contains("href=\"/guides/how-to-apply/\" hreflang=\"en\""),
        "link to the original"
    );
    assert!(!site.read("fr/guides/index.html").contains("notice-stale"));

    // A reviewer brings it up to date and marks it current.
    ok(
        &site,
        &["translations", "mark-current", "content/guides/apply.fr.md"],
    );
    assert!(!check_json(&site).iter().any(|d| d["code"] == "W0008"));
}

#[test]
fn the_notice_follows_the_state_and_min_translation_holds_back_a_language() {
    let site = site();
    site.build();
    assert!(site.read("fr/index.html").contains("notice-machine"));
    let reviewed = site.read("fr/guides/comment-faire-la-demande/index.html");
    assert!(reviewed.contains("notice-reviewed") && !reviewed.contains("notice-machine"));
    let final_page = site.read("fr/countries/belgique/index.html");
    assert!(!final_page.contains("notice-reviewed") && !final_page.contains("notice-machine"));
    // nl requires `reviewed`: the machine translation is not published.
    let visits = site.read("nl/guides/visits/index.html");
    assert!(visits.contains("notice-fallback") && !visits.contains("Families mogen"));
}

#[test]
fn the_old_flag_is_refused_with_the_new_key() {
    let site = site();
    let text = source(&site, "content/_index.fr.md")
        .replace("translation = \"machine\"", "machine_translated = true");
    site.write("content/_index.fr.md", &text);
    let found = check_json(&site);
    let d = found.iter().find(|d| d["code"] == "E0219").expect("E0219");
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .contains("translation = \"machine\"")
    );
}

#[test]
fn export_then_import_unchanged_leaves_every_file_byte_identical() {
    let site = site();
    let before = snapshot(site.root());
    for (lang, format, ext) in [
        ("fr", "xliff", "xlf"),
        ("nl", "xliff", "xlf"),
        ("fr", "po", "po"),
        ("nl", "po", "po"),
    ] {
        let file = site.root().join(format!("out.{lang}.{ext}"));
        let path = file.to_str().unwrap();
        ok(
            &site,
            &[
                "translations",
                "export",
                "--lang",
                lang,
                "--format",
                format,
                "-o",
                path,
            ],
        );
        let out = ok(&site, &["translations", "import", path]);
        assert!(stderr(&out).contains("0 files written"), "{}", stderr(&out));
        std::fs::remove_file(&file).unwrap();
    }
    assert_eq!(before, snapshot(site.root()));
}

fn export(
    site: &Site,
    lang: &str,
    format: &str,
    only: Option<&str>,
) -> (std::path::PathBuf, String) {
    let ext = if format == "po" { "po" } else { "xlf" };
    let file = site.root().join(format!("export.{ext}"));
    let mut args = vec!["translations", "export", "--lang", lang, "--format", format];
    if let Some(o) = only {
        args.extend(["--only", o]);
    }
    let path = file.to_str().unwrap().to_string();
    args.extend(["-o", &path]);
    ok(site, &args);
    let text = std::fs::read_to_string(&file).unwrap();
    (file, text)
}

#[test]
fn an_imported_translation_changes_its_segment_state_and_nothing_else() {
    let site = site();
    let (file, text) = export(&site, "fr", "xliff", None);
    assert!(
        text.contains("<ph id=\"1\" dataRef=\"s1\"/>"),
        "inline markup as placeholders"
    );
    assert!(
        text.contains("État de condamnation"),
        "the glossary travels with the file"
    );
    assert!(
        text.contains("<gls:glossEntry><gls:term>administering State</gls:term><gls:translation>État d&apos;exécution</gls:translation></gls:glossEntry>"),
        "and beside the segments that use its terms"
    );
    let old = "La <ph id=\"1\" dataRef=\"t1\"/>personne condamnée";
    assert!(text.contains(old));
    let edited = text
        .replace(old, "Le <ph id=\"1\" dataRef=\"t1\"/>condamné")
        .replace("<segment state=\"reviewed\">", "<segment state=\"final\">");
    std::fs::write(&file, edited).unwrap();
    let before = source(&site, "content/guides/apply.fr.md");
    ok(&site, &["translations", "import", file.to_str().unwrap()]);
    let after = source(&site, "content/guides/apply.fr.md");
    assert_eq!(
        after,
        before
            .replace("La *personne condamnée*", "Le *condamné*")
            .replace("translation = \"reviewed\"", "translation = \"final\"")
    );
    assert!(check_json(&site).iter().all(|d| d["severity"] != "error"));
}

#[test]
fn import_refuses_a_damaged_placeholder_and_writes_nothing() {
    let site = site();
    let (file, text) = export(&site, "fr", "xliff", None);
    let target =
        "Lisez d&apos;abord <ph id=\"1\" dataRef=\"t1\"/>le guide<ph id=\"2\" dataRef=\"t2\"/>.";
    let target = if text.contains(target) {
        target.to_string()
    } else {
        target.replace("&apos;", "'")
    };
    assert!(text.contains(&target), "{}", &text[..2000]);
    let line = text[..text.find(&target).unwrap()].matches('\n').count() + 1;
    let damaged = text
        .replace(
            &target,
            &target.replace("<ph id=\"2\" dataRef=\"t2\"/>", ""),
        )
        .replace("Des guides en langage clair.", "Des guides clairs.");
    std::fs::write(&file, damaged).unwrap();
    let before = snapshot(site.root());
    let out = site.run(&["translations", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error[E0723]") && err.contains("segment `b1` of `_index`"),
        "{err}"
    );
    assert!(
        err.contains(&format!("export.xlf:{line}:")),
        "line {line}: {err}"
    );
    assert!(
        err.contains("placeholder `2`") && err.contains("help:"),
        "{err}"
    );
    assert_eq!(before, snapshot(site.root()), "nothing written");
}

#[test]
fn import_refuses_a_segment_that_matches_nothing() {
    let site = site();
    let (file, text) = export(&site, "fr", "po", None);
    std::fs::write(
        &file,
        text.replace(
            "msgctxt \"guides.apply#b2\"",
            "msgctxt \"guides.apply#b99\"",
        ),
    )
    .unwrap();
    let out = site.run(&["translations", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("segment `b99` of `guides.apply` matches no segment"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_page_comes_back_from_a_po_file() {
    let site = site();
    let (file, text) = export(&site, "fr", "po", Some("missing"));
    // Fill every msgstr of the visits page with its msgid, marked.
    let mut out = String::new();
    let mut in_visits = false;
    let mut msgid = String::new();
    for line in text.lines() {
        if let Some(c) = line.strip_prefix("msgctxt ") {
            in_visits = c.starts_with("\"guides.visits#");
        }
        if let Some(id) = line.strip_prefix("msgid ") {
            msgid = id.trim_matches('"').to_string();
        }
        if in_visits && line.starts_with("msgstr ") {
            out.push_str(&format!("msgstr \"FR {msgid}\"\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    std::fs::write(&file, out).unwrap();
    ok(&site, &["translations", "import", file.to_str().unwrap()]);
    let page = source(&site, "content/guides/visits.fr.md");
    assert!(page.contains("title = \"FR Visits\""), "{page}");
    assert!(page.contains("translation_of = \"sha256:"), "{page}");
    assert!(
        page.ends_with("FR Families may visit at set times.\n"),
        "{page}"
    );
    assert!(check_json(&site).iter().all(|d| d["severity"] != "error"));
    assert!(
        lang(&report(&site), "fr")["missing"]
            .as_array()
            .unwrap()
            .len()
            == 1
    );
}

#[test]
fn a_final_translation_without_the_glossary_term_is_warned_about() {
    let site = site();
    let text = source(&site, "content/guides/apply.fr.md")
        .replace("translation = \"reviewed\"", "translation = \"final\"")
        .replace("l'État de condamnation", "le pays de condamnation");
    site.write("content/guides/apply.fr.md", &text);
    let found = check_json(&site);
    let w: Vec<_> = found.iter().filter(|d| d["code"] == "W0006").collect();
    assert_eq!(w.len(), 1, "{found:?}");
    assert!(
        w[0]["message"]
            .as_str()
            .unwrap()
            .contains("État de condamnation")
    );
    assert_eq!(w[0]["line"], 9);
}

/// An external tool, or `None` when it is not installed (scripts/test installs them and sets
/// HOMEWARD_REQUIRE_EXTERNAL, so there a missing tool fails).
fn tool(name: &str) -> Option<()> {
    let found = std::process::Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("HOMEWARD_REQUIRE_EXTERNAL").is_some() {
        panic!("{name} is required (scripts/test installs it)");
    }
    if !found {
        eprintln!("skipped: {name} is not installed");
    }
    found.then_some(())
}

#[test]
fn standard_tools_read_the_exported_files() {
    let site = site();
    let (xliff, _) = export(&site, "fr", "xliff", None);
    let (po, _) = export(&site, "fr", "po", None);
    if tool("xmllint").is_some() {
        let mut args = vec!["--noout".to_string()];
        // The OASIS XLIFF 2 core schema, where the machine has it.
        if let Some(xsd) = std::env::var_os("XLIFF_SCHEMA") {
            args.extend(["--schema".into(), xsd.to_string_lossy().into_owned()]);
        }
        args.push(xliff.to_string_lossy().into_owned());
        let out = std::process::Command::new("xmllint")
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "xmllint: {}", stderr(&out));
    }
    if tool("pocount").is_some() {
        let out = std::process::Command::new("pocount")
            .arg(&po)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "pocount: {}", stderr(&out));
        // 4 translated pages' segments are translated, the 2 missing pages' are not.
        assert!(
            text.contains("Translated:") && text.contains("Untranslated:"),
            "{text}"
        );
        let script = format!(
            "from translate.storage.xliff2 import Xliff2File\nfrom translate.storage.po import pofile\nx = [u for u in Xliff2File.parsefile({:?}).units if not u.isheader()]\np = [u for u in pofile.parsefile({:?}).units if not u.isheader()]\nprint(len(x), sum(u.istranslated() for u in x), len(p), sum(u.istranslated() for u in p))",
            xliff.to_string_lossy(),
            po.to_string_lossy()
        );
        let out = std::process::Command::new("python3")
            .args(["-c", &script])
            .output()
            .unwrap();
        assert!(out.status.success(), "translate-toolkit: {}", stderr(&out));
        let counts: Vec<usize> = String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(counts[0], counts[2], "XLIFF and PO hold the same segments");
        assert_eq!(counts[1], counts[3], "and the same translated ones");
        assert!(counts[1] > 20 && counts[1] < counts[0], "{counts:?}");
    }
}

#[test]
fn a_stale_segment_is_exported_with_its_previous_text_and_imported_back_current() {
    let site = site();
    let original = source(&site, "content/guides/apply.md");
    site.write(
        "content/guides/apply.md",
        &original.replace(
            "asks the sentencing State",
            "usually asks the sentencing State",
        ),
    );
    let (file, text) = export(&site, "fr", "xliff", Some("stale"));
    assert_eq!(text.matches("<unit ").count(), 1, "{text}");
    assert!(
        text.contains("<unit id=\"b2\" name=\"paragraph\">"),
        "{text}"
    );
    assert!(text.contains("<segment state=\"initial\">"), "{text}");
    assert!(
        text.contains("<note category=\"previous-source\">The *sentenced person* asks the sentencing State, or the administering State.</note>"),
        "{text}"
    );
    // Sent back untouched: nothing changes, the page stays stale.
    let out = ok(&site, &["translations", "import", file.to_str().unwrap()]);
    assert!(stderr(&out).contains("0 files written"));
    assert!(check_json(&site).iter().any(|d| d["code"] == "W0008"));
    // Retranslated and reviewed: the paragraph changes and the page is current again.
    let edited = text
        .replace("s&apos;adresse", "s&apos;adresse en général")
        .replace("s'adresse", "s'adresse en général")
        .replace(
            "<segment state=\"initial\">",
            "<segment state=\"reviewed\">",
        );
    std::fs::write(&file, edited).unwrap();
    let before = source(&site, "content/guides/apply.fr.md");
    ok(&site, &["translations", "import", file.to_str().unwrap()]);
    let after = source(&site, "content/guides/apply.fr.md");
    assert!(
        after.contains("s'adresse en général à l'État de condamnation"),
        "{after}"
    );
    assert_ne!(
        before.lines().find(|l| l.starts_with("translation_of")),
        after.lines().find(|l| l.starts_with("translation_of"))
    );
    assert!(!check_json(&site).iter().any(|d| d["code"] == "W0008"));
}

#[test]
fn interface_strings_go_out_and_come_back_in_their_ftl_file() {
    let site = site();
    // The site's own copies, so the repository's theme is never written.
    for l in ["en", "fr", "nl"] {
        let text =
            std::fs::read_to_string(site.root().join(format!("themes/default/i18n/{l}.ftl")))
                .unwrap();
        site.write(&format!("i18n/{l}.ftl"), &text);
    }
    let (file, text) = export(&site, "fr", "po", None);
    assert!(text.contains("msgctxt \".ftl#m-skip-link\"\nmsgid \"Skip to main content\"\nmsgstr \"Aller au contenu principal\""), "{}", &text[..500]);
    // A placeable is a marker the translator keeps.
    assert!(text.contains(
        "msgid \"This page is not translated yet. It is shown in its original language (⟦1⟧).\""
    ));
    let before = source(&site, "i18n/fr.ftl");
    std::fs::write(
        &file,
        text.replace(
            "msgstr \"Aller au contenu principal\"",
            "msgstr \"Aller directement au contenu\"",
        ),
    )
    .unwrap();
    ok(&site, &["translations", "import", file.to_str().unwrap()]);
    assert_eq!(
        source(&site, "i18n/fr.ftl"),
        before.replace(
            "skip-link = Aller au contenu principal",
            "skip-link = Aller directement au contenu"
        )
    );
    site.build();
    assert!(
        site.read("fr/index.html")
            .contains("Aller directement au contenu")
    );
}

#[test]
fn a_new_translation_records_its_original_and_starts_as_machine() {
    let site = site();
    ok(
        &site,
        &[
            "new",
            "translation",
            "content/guides/visits.md",
            "--lang",
            "fr",
        ],
    );
    let text = source(&site, "content/guides/visits.fr.md");
    assert!(text.contains("translation = \"machine\""), "{text}");
    let line = text
        .lines()
        .find(|l| l.starts_with("translation_of = \"sha256:"))
        .expect("translation_of");
    // The same hash mark-current writes, and the memory has the original's text.
    ok(
        &site,
        &[
            "translations",
            "mark-current",
            "content/guides/visits.fr.md",
        ],
    );
    assert!(source(&site, "content/guides/visits.fr.md").contains(line));
    let out = site.run(&["check", "--drafts", "--format", "json"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("W0008"));
}

#[test]
fn an_unknown_minimum_state_is_refused_where_it_is_written() {
    let site = site();
    let toml = source(&site, "site.toml").replace(
        "min_translation = \"reviewed\"",
        "min_translation = \"perfect\"",
    );
    site.write("site.toml", &toml);
    let found = check_json(&site);
    let d = found.iter().find(|d| d["code"] == "E0010").expect("E0010");
    assert_eq!(d["file"], "site.toml");
    assert_eq!(d["line"], 17);
}
