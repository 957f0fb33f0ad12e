//! `homeward new`, as an editor uses it: the real binary starts a file, which then checks and
//! builds as it is (a draft, so not published), and publishes once the editor removes the
//! draft line. Mistakes are refused with a code and a way out, and nothing is overwritten.

mod common;

use common::Site;

fn run_ok(site: &Site, args: &[&str]) -> String {
    let out = site.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?}: {stderr}");
    stderr
}

fn refused(site: &Site, args: &[&str], code: &str) -> String {
    let out = site.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(&format!("error[{code}]")), "{stderr}");
    assert!(stderr.contains("help:"), "{stderr}");
    stderr
}

/// A file of the site's sources (not of its output).
fn source(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Every HTML file of the build whose text contains `needle`.
fn pages_containing(site: &Site, needle: &str) -> Vec<String> {
    walkdir::WalkDir::new(site.public())
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .filter(|e| std::fs::read_to_string(e.path()).is_ok_and(|t| t.contains(needle)))
        .map(|e| {
            e.path()
                .strip_prefix(site.public())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn a_new_agreement_checks_as_a_draft_and_publishes_once_the_draft_line_goes() {
    let site = Site::fixture("i18n");
    let said = run_ok(
        &site,
        &["new", "agreement", "belgium-japan", "--parties", "BE,JP"],
    );
    assert!(
        said.contains("created content/agreements/belgium-japan.md"),
        "{said}"
    );
    let text = source(&site, "content/agreements/belgium-japan.md");
    assert!(
        text.contains("title = \"Belgium–Japan transfer agreement\""),
        "{text}"
    );
    assert!(text.contains("id = \"be-jp\""), "{text}");
    assert!(text.contains("draft = true"), "{text}");
    let today = common::TODAY;
    assert!(text.contains(&format!("checked = {today}")), "{text}");

    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    site.build();
    assert!(
        pages_containing(&site, "Belgium–Japan transfer agreement").is_empty(),
        "a draft is not published"
    );

    site.write(
        "content/agreements/belgium-japan.md",
        &text.replace("draft = true", ""),
    );
    site.build();
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    let route = common::find_route(&routes, "BE", "JP").expect("the new treaty is a route");
    assert_eq!(route["instruments"][0]["id"], "be-jp");
}

#[test]
fn a_new_agreement_never_reuses_an_id_or_a_file() {
    let site = Site::fixture("i18n");
    let id_of = |rel: &str| {
        source(&site, rel)
            .lines()
            .find_map(|l| l.strip_prefix("id = \""))
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .to_string()
    };
    run_ok(
        &site,
        &["new", "agreement", "belgium-japan", "--parties", "BE,JP"],
    );
    // A second treaty between the same two countries (a protocol, a newer treaty).
    run_ok(
        &site,
        &[
            "new",
            "agreement",
            "belgium-japan-protocol",
            "--parties",
            "JP,BE",
        ],
    );
    assert_eq!(id_of("content/agreements/belgium-japan.md"), "be-jp");
    assert_eq!(
        id_of("content/agreements/belgium-japan-protocol.md"),
        "jp-be"
    );
    run_ok(
        &site,
        &["new", "agreement", "belgium-japan-2", "--parties", "BE,JP"],
    );
    assert_eq!(id_of("content/agreements/belgium-japan-2.md"), "be-jp-2");
    // Two pages with one id would be an error: the three drafts check clean together.
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);

    let taken = source(&site, "content/agreements/be-kh.md");
    refused(
        &site,
        &["new", "agreement", "be-kh", "--parties", "BE,KH"],
        "E0710",
    );
    assert_eq!(
        source(&site, "content/agreements/be-kh.md"),
        taken,
        "untouched"
    );
}

#[test]
fn a_new_press_release_is_dated_today_and_a_draft() {
    let site = Site::fixture("i18n");
    run_ok(&site, &["new", "news", "minister-visits-phnom-penh"]);
    let text = source(&site, "content/news/minister-visits-phnom-penh.md");
    let today = common::TODAY;
    assert!(text.contains(&format!("date = {today}")), "{text}");
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    site.write(
        "content/news/minister-visits-phnom-penh.md",
        &text.replace("draft = true", ""),
    );
    site.build();
    assert!(
        pages_containing(&site, "Title of the press release")
            .iter()
            .any(|p| p.starts_with("news/")),
        "published in the news section"
    );
}

#[test]
fn a_new_translation_carries_the_originals_sources_and_data_texts_to_translate() {
    let site = Site::fixture("i18n");
    run_ok(
        &site,
        &[
            "new",
            "translation",
            "content/agreements/ets-112.md",
            "--lang",
            "fr",
        ],
    );
    let text = source(&site, "content/agreements/ets-112.fr.md");
    assert!(text.contains("# original = \"Strasbourg\""), "{text}");
    assert!(
        text.contains("# original = \"Date not retrieved\""),
        "{text}"
    );
    assert!(text.contains("draft = true"), "{text}");
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);

    // The translator fills one text and publishes: the original's words matched exactly, so
    // the translation is shown (no W0004) where the English was.
    let filled = text.replace("draft = true", "").replace(
        "# [[texts]]\n# original = \"Date not retrieved\"\n# text = \"\"",
        "[[texts]]\noriginal = \"Date not retrieved\"\ntext = \"Date non trouvée\"",
    );
    assert_ne!(
        filled,
        text.replace("draft = true", ""),
        "the block was found"
    );
    site.write("content/agreements/ets-112.fr.md", &filled);
    run_ok(&site, &["check", "--deny-warnings"]);
    site.build();
    let pages = pages_containing(&site, "Date non trouvée");
    assert!(
        pages.iter().any(|p| p.starts_with("fr/agreements/")),
        "{pages:?}"
    );
}

#[test]
fn a_new_country_page_and_a_new_guide_check_clean_and_publish() {
    let site = Site::fixture("i18n");
    run_ok(&site, &["new", "country", "morocco", "--code", "MA"]);
    run_ok(&site, &["new", "page", "guides/visiting-a-prison"]);
    let country = source(&site, "content/countries/morocco.md");
    assert!(country.contains("title = \"Morocco\""), "{country}");
    assert!(country.contains("code = \"MA\""), "{country}");
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    site.write(
        "content/countries/morocco.md",
        &country.replace("draft = true", ""),
    );
    let guide = source(&site, "content/guides/visiting-a-prison.md");
    site.write(
        "content/guides/visiting-a-prison.md",
        &guide.replace("draft = true", ""),
    );
    site.build();
    let morocco = site.html("countries/morocco/index.html");
    assert_eq!(common::text(&morocco, "h1"), "Morocco");
    assert!(
        pages_containing(&site, "Title of the page")
            .iter()
            .any(|p| p.starts_with("guides/")),
        "the guide is published in its section"
    );

    // One country, one page.
    let e = refused(
        &site,
        &["new", "country", "belgie", "--code", "BE"],
        "E0716",
    );
    assert!(e.contains("content/countries/belgium.md"), "{e}");
    refused(&site, &["new", "page", "guides/../../etc"], "E0711");
}

#[test]
fn mistakes_are_refused_with_a_way_out() {
    let site = Site::fixture("i18n");
    let e = refused(
        &site,
        &["new", "agreement", "x", "--parties", "be,JP"],
        "E0712",
    );
    assert!(e.contains("`BE`"), "{e}");
    refused(
        &site,
        &["new", "agreement", "x", "--parties", "BE"],
        "E0715",
    );
    let e = refused(
        &site,
        &["new", "agreement", "Belgium Japan", "--parties", "BE,JP"],
        "E0711",
    );
    assert!(e.contains("`belgium-japan`"), "{e}");
    let e = refused(
        &site,
        &["new", "translation", "content/about.md", "--lang", "de"],
        "E0713",
    );
    assert!(e.contains("fr"), "{e}");
    refused(
        &site,
        &["new", "translation", "content/about.fr.md", "--lang", "ar"],
        "E0714",
    );
    refused(
        &site,
        &["new", "translation", "content/nowhere.md", "--lang", "fr"],
        "E0714",
    );
    let e = refused(&site, &["new", "news", "treaty-signed"], "E0710");
    assert!(e.contains("content/news/treaty-signed.md"), "{e}");
    assert!(
        !site.root().join("content/agreements/x.md").exists(),
        "a refused command writes nothing"
    );
}
