//! The incremental rebuilds behind `serve`, driven directly (no file watcher): a body-only edit
//! re-renders one page in every language; anything else rebuilds the site; a bad edit is
//! refused exactly as the full build would refuse it, and the served site stays as it was.

mod common;

use std::path::PathBuf;

use common::Site;
use homeward::incremental::{Scope, Session};
use homeward::pipeline::Options;

fn session(site: &Site) -> Session {
    let mut s = Session::new(Options {
        force: true,
        ..Options::new(site.root())
    });
    let outcome = s.full();
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
    s
}

fn edit(site: &Site, rel: &str, text: &str) -> Vec<PathBuf> {
    site.write(rel, text);
    vec![site.root().join(rel)]
}

#[test]
fn a_body_edit_rebuilds_one_page_in_every_language() {
    let site = Site::fixture("i18n");
    let mut s = session(&site);
    let home_inode = std::os::unix::fs::MetadataExt::ino(
        &std::fs::metadata(site.public().join("index.html")).unwrap(),
    );
    let changed = edit(
        &site,
        "content/guides/steps.md",
        "+++\ntitle = \"How to apply\"\nweight = 10\n+++\nWrite to the ministry today.\n\n## Step two {#step-two}\n\nWait for the answer.\n\n## ការណែនាំ\n\nKhmer heading.\n",
    );
    let (outcome, scope) = s.changed(&changed).expect("a change to rebuild");
    assert_eq!(scope, Scope::Page);
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
    let report = outcome.written.unwrap();
    assert_eq!(
        report.written, 3,
        "the page in en, fr (fallback) and ar (fallback)"
    );
    assert!(
        site.read("guides/how-to-apply/index.html")
            .contains("Write to the ministry today.")
    );
    assert!(
        site.read("ar/guides/how-to-apply/index.html")
            .contains("Write to the ministry today."),
        "fallbacks follow"
    );
    let after = std::os::unix::fs::MetadataExt::ino(
        &std::fs::metadata(site.public().join("index.html")).unwrap(),
    );
    assert_eq!(home_inode, after, "other pages are not touched");
}

#[test]
fn front_matter_or_heading_changes_rebuild_everything() {
    let site = Site::fixture("i18n");
    let mut s = session(&site);
    let changed = edit(
        &site,
        "content/about.md",
        "+++\ntitle = \"About us\"\n+++\nSee [step two](@/guides/steps.md#step-two).\n",
    );
    let (outcome, scope) = s.changed(&changed).expect("a change to rebuild");
    assert_eq!(scope, Scope::Full, "a title appears in menus and listings");
    assert!(!outcome.has_errors());
    assert!(site.public().join("about-us/index.html").is_file());
    let changed = edit(
        &site,
        "content/guides/steps.md",
        "+++\ntitle = \"How to apply\"\nweight = 10\n+++\nText.\n\n## Step three\n",
    );
    let (outcome, scope) = s.changed(&changed).expect("a change to rebuild");
    assert_eq!(scope, Scope::Full, "other pages link to headings");
    assert!(
        outcome.diagnostics.iter().any(|d| d.code == "E0141"),
        "the broken anchor in about.md is caught"
    );
}

#[test]
fn a_bad_body_edit_is_refused_and_the_site_stays() {
    let site = Site::fixture("i18n");
    let mut s = session(&site);
    let before = site.read("guides/how-to-apply/index.html");
    for bad in [
        "See [nothing](@/nowhere.md).\n\n## Step two {#step-two}\n\n## ការណែនាំ\n",
        "<script>x()</script>\n\n## Step two {#step-two}\n\n## ការណែនាំ\n",
    ] {
        let changed = edit(
            &site,
            "content/guides/steps.md",
            &format!("+++\ntitle = \"How to apply\"\nweight = 10\n+++\n{bad}"),
        );
        let (outcome, scope) = s.changed(&changed).expect("a change to rebuild");
        assert_eq!(scope, Scope::Page);
        assert!(outcome.has_errors());
        assert!(outcome.written.is_none());
        let d = &outcome.diagnostics[0];
        assert_eq!(d.location.as_ref().unwrap().line, 5, "{d:?}");
        assert_eq!(site.read("guides/how-to-apply/index.html"), before);
    }
    // The next good save is published, from the rolled-back model.
    let changed = edit(
        &site,
        "content/guides/steps.md",
        "+++\ntitle = \"How to apply\"\nweight = 10\n+++\nGood again.\n\n## Step two {#step-two}\n\n## ការណែនាំ\n",
    );
    let (outcome, _) = s.changed(&changed).expect("a change to rebuild");
    assert!(!outcome.has_errors());
    assert!(
        site.read("guides/how-to-apply/index.html")
            .contains("Good again.")
    );
}

#[test]
fn a_news_body_edit_updates_the_feeds_too() {
    let site = Site::fixture("i18n");
    let mut s = session(&site);
    let text = std::fs::read_to_string(site.root().join("content/news/consultations.md")).unwrap();
    let changed = edit(
        &site,
        "content/news/consultations.md",
        &text.replace(
            "Consultations took place.",
            "Consultations took place in Phnom Penh.",
        ),
    );
    let (outcome, scope) = s.changed(&changed).expect("a change to rebuild");
    assert_eq!(scope, Scope::Page);
    assert!(!outcome.has_errors());
    assert!(site.read("news/atom.xml").contains("in Phnom Penh"));
}

#[test]
fn a_body_edit_refreshes_the_search_indexes_that_show_the_page() {
    let site = Site::fixture("i18n");
    let mut s = session(&site);
    let indexes = |site: &Site| -> Vec<String> {
        [
            "search/index.json",
            "fr/search/index.json",
            "ar/search/index.json",
        ]
        .iter()
        .map(|p| site.read(p))
        .collect()
    };
    let before = indexes(&site);
    assert!(
        !s.has_stale_search(),
        "a full build leaves nothing to refresh"
    );
    // `about` has its own French version; Arabic falls back to the English one.
    let changed = edit(
        &site,
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\nSee [step two](@/guides/steps.md#step-two) and [Cambodia](@/countries/cambodia.md). Zanzibarquux.\n",
    );
    let (outcome, scope) = s.changed(&changed).expect("a change to rebuild");
    assert_eq!(scope, Scope::Page);
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
    assert_eq!(indexes(&site), before, "the page is written first");
    assert!(s.has_stale_search());

    // A save waiting to be rebuilt comes first: the refresh gives up and keeps its work.
    let report = s.refresh_search(&|| true).unwrap();
    assert_eq!(report.written, 0);
    assert!(s.has_stale_search());
    assert_eq!(indexes(&site), before);

    let report = s.refresh_search(&|| false).unwrap();
    assert_eq!(report.written, 2, "English and Arabic show the edited text");
    assert!(!s.has_stale_search());
    let after = indexes(&site);
    assert_eq!(after[1], before[1], "French has its own version");
    for (index, lang_prefix) in [(&after[0], "/"), (&after[2], "/ar/")] {
        let index: serde_json::Value = serde_json::from_str(index).unwrap();
        let docs = index["terms"]["zanzibarquux"]
            .as_array()
            .unwrap_or_else(|| panic!("new word missing from {lang_prefix} index"));
        let urls: Vec<&str> = docs
            .iter()
            .map(|d| {
                index["docs"][d.as_u64().unwrap() as usize]["u"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert_eq!(urls, [format!("{lang_prefix}about/")]);
    }
    // Exactly what a full build makes of the edited site.
    let (outcome, _) = s
        .changed(&[site.root().join("site.toml")])
        .expect("a change to rebuild");
    assert!(!outcome.has_errors());
    assert_eq!(indexes(&site), after);
}

#[test]
fn a_second_report_of_the_same_save_rebuilds_nothing_but_a_revert_after_an_error_does() {
    let site = Site::fixture("i18n");
    let mut s = session(&site);
    let good = "+++\ntitle = \"How to apply\"\nweight = 10\n+++\nWrite to the ministry.\n\n## Step two {#step-two}\n\nWait.\n";
    let changed = edit(&site, "content/guides/steps.md", good);
    let (outcome, _) = s.changed(&changed).expect("a real change rebuilds");
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
    // The watcher reports the same save again (truncate, then write): the bytes are those just
    // built, so nothing is rebuilt and open pages are not reloaded a second time.
    assert!(s.changed(&changed).is_none());

    // A broken save, then the editor undoes it: the bytes are again those of the last good
    // build, but the last rebuild failed, so the undo must rebuild (and clear the error).
    let broken = edit(
        &site,
        "content/guides/steps.md",
        "+++\ntitle = \"How to apply\"\nweight = 10\n+++\n[dead](@/nowhere.md)\n\n## Step two {#step-two}\n\nWait.\n",
    );
    let (outcome, _) = s.changed(&broken).expect("a real change rebuilds");
    assert!(outcome.has_errors());
    let reverted = edit(&site, "content/guides/steps.md", good);
    let (outcome, _) = s
        .changed(&reverted)
        .expect("undoing a broken save rebuilds");
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
}
