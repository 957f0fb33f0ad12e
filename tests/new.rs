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

/// Runs `check` with `args`, asserts that it failed on content (exit 1) with E0108, and
/// returns what it said.
fn refused_as_template_text(site: &Site, args: &[&str]) -> String {
    let out = site.run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
    assert!(stderr.contains("error[E0108]"), "{stderr}");
    assert!(
        stderr.contains("help: replace it with the page's own words, or keep `draft = true`"),
        "{stderr}"
    );
    stderr
}

/// `FILE:LINE:COLUMN` of the first occurrence of `needle` in `text`, as a diagnostic names it.
fn place(file: &str, text: &str, needle: &str) -> String {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` in {text}"));
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    format!("--> {file}:{line}:{column}")
}

/// A new file as its editor leaves it once written: the description and the body in their own
/// words (and `title`, when given) instead of the template's, and the draft line gone.
fn written(text: &str, title: Option<&str>) -> String {
    let (front, _) = text[3..].split_once("+++\n").expect("front matter");
    let front: Vec<String> = front
        .lines()
        .filter(|l| !l.starts_with("draft = "))
        .map(|l| match (title, l) {
            (_, l) if l.starts_with("description = ") => {
                "description = \"What the page says, in its own words.\"".to_string()
            }
            (Some(t), l) if l.starts_with("title = ") => format!("title = \"{t}\""),
            _ => l.to_string(),
        })
        .collect();
    format!(
        "+++{}\n+++\n\nThe page's own words, written by its editor.\n",
        front.join("\n")
    )
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

    // Without its draft line but with the template's text, it is refused...
    site.write(
        "content/agreements/belgium-japan.md",
        &text.replace("draft = true", ""),
    );
    refused_as_template_text(&site, &["check"]);
    // ...and once written, published.
    site.write("content/agreements/belgium-japan.md", &written(&text, None));
    run_ok(&site, &["check", "--deny-warnings"]);
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
    // A file name still works as before; the title is then left to write.
    run_ok(&site, &["new", "news", "minister-visits-phnom-penh"]);
    let file = "content/news/minister-visits-phnom-penh.md";
    let text = source(&site, file);
    let today = common::TODAY;
    assert!(text.contains(&format!("date = {today}")), "{text}");
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    site.write(file, &text.replace("draft = true", ""));
    let e = refused_as_template_text(&site, &["check"]);
    assert!(
        e.contains(&place(file, &text, "Title of the press release")),
        "{e}"
    );
    site.write(
        file,
        &written(&text, Some("The minister visits Phnom Penh")),
    );
    site.build();
    assert!(
        pages_containing(&site, "The minister visits Phnom Penh")
            .iter()
            .any(|p| p.starts_with("news/")),
        "published in the news section"
    );
}

#[test]
fn a_press_release_named_by_its_title_is_not_published_with_the_templates_text() {
    let site = Site::fixture("i18n");
    let said = run_ok(&site, &["new", "news", "Test release"]);
    assert!(
        said.contains("created content/news/test-release.md"),
        "{said}"
    );
    let file = "content/news/test-release.md";
    let text = source(&site, file);
    assert!(text.contains("title = \"Test release\"\n"), "{text}");
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    site.build();

    // The draft line removed, the template's sentences still there: refused where each is,
    // also when drafts are included (this page is not one), and the feed stays as it was.
    site.write(file, &text.replace("draft = true", ""));
    let published = source(&site, file);
    for args in [&["check"][..], &["check", "--drafts"]] {
        let e = refused_as_template_text(&site, args);
        for sentence in [
            "One sentence that says what happened",
            "Write what happened first",
            "Say what a family can or cannot do now",
        ] {
            assert!(e.contains(&place(file, &published, sentence)), "{e}");
        }
    }
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let feed = site.read("news/atom.xml");
    assert!(!feed.contains("Test release"), "{feed}");
    assert!(!feed.contains("Write what happened first"), "{feed}");

    site.write(file, &written(&text, None));
    run_ok(&site, &["check", "--deny-warnings"]);
    site.build();
    assert!(site.read("news/atom.xml").contains("Test release"));
    assert_eq!(
        common::text(&site.html("news/test-release/index.html"), "h1"),
        "Test release"
    );
}

#[test]
fn a_title_in_a_script_ascii_cannot_spell_names_the_file_after_the_date() {
    let site = Site::fixture("i18n");
    let today = common::TODAY;
    let khmer = "សេចក្តីប្រកាសព័ត៌មាន";
    let said = run_ok(&site, &["new", "news", khmer]);
    assert!(said.contains(&format!("content/news/{today}.md")), "{said}");
    let said = run_ok(&site, &["new", "news", "بيان صحفي"]);
    assert!(
        said.contains(&format!("content/news/{today}-2.md")),
        "{said}"
    );
    let said = run_ok(&site, &["new", "news", "Élève à l'école"]);
    assert!(said.contains("content/news/eleve-a-l-ecole.md"), "{said}");
    let text = source(&site, &format!("content/news/{today}.md"));
    assert!(text.contains(&format!("title = \"{khmer}\"")), "{text}");
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    // Published, its address keeps the title's own script.
    site.write(&format!("content/news/{today}.md"), &written(&text, None));
    site.build();
    assert!(
        site.public()
            .join(format!("news/{khmer}/index.html"))
            .is_file()
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
    let e = refused_as_template_text(&site, &["check"]);
    assert!(e.contains("content/countries/morocco.md:"), "{e}");
    assert!(e.contains("content/guides/visiting-a-prison.md:"), "{e}");
    site.write("content/countries/morocco.md", &written(&country, None));
    site.write(
        "content/guides/visiting-a-prison.md",
        &written(&guide, Some("Visiting a prison")),
    );
    site.build();
    let morocco = site.html("countries/morocco/index.html");
    assert_eq!(common::text(&morocco, "h1"), "Morocco");
    assert!(
        pages_containing(&site, "Visiting a prison")
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
    let e = refused(&site, &["new", "news", "Treaty signed"], "E0710");
    assert!(e.contains("content/news/treaty-signed.md"), "{e}");
    refused(&site, &["new", "news", "!!!"], "E0711");
    assert!(
        !site.root().join("content/agreements/x.md").exists(),
        "a refused command writes nothing"
    );
}

/// The case reported in issue 21: a scaffolded treaty published by deleting its draft line
/// told families it was in force. Its template text now stops the check at each sentence,
/// in the body as in the data, and the finder is not given the treaty.
#[test]
fn a_scaffolded_treaty_whose_draft_line_is_deleted_is_refused() {
    let site = Site::fixture("i18n");
    run_ok(
        &site,
        &["new", "agreement", "belgium-vietnam", "--parties", "BE,VN"],
    );
    let file = "content/agreements/belgium-vietnam.md";
    let text = source(&site, file);
    site.build();

    let published = text.replace("draft = true", "");
    site.write(file, &published);
    let e = refused_as_template_text(&site, &["check"]);
    assert!(e.contains(&format!("--> {file}:3:16")), "{e}");
    assert!(
        e.contains("\"One sentence: what this agreement is (its status is shown"),
        "{e}"
    );
    for sentence in [
        "Who signed it, when and where",
        "Who can ask for a transfer under it",
        "Where the status comes from",
    ] {
        assert!(e.contains(&place(file, &published, sentence)), "{e}");
    }
    assert_eq!(site.run(&["build"]).status.code(), Some(1));
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    assert!(
        common::find_route(&routes, "BE", "VN").is_none(),
        "the finder never saw the treaty"
    );

    // Written, but a party's note uncommented as the template has it: the data text is
    // template text too.
    let noted = written(&text, None).replacen("# notes = ", "notes = ", 1);
    site.write(file, &noted);
    let e = refused_as_template_text(&site, &["check"]);
    assert!(
        e.contains(&place(file, &noted, "Anything particular to this party")),
        "{e}"
    );
    assert_eq!(e.matches("error[E0108]").count(), 1, "{e}");

    // Written, with no dates yet: published, but families are told "we do not know, ask",
    // never that it is in force.
    site.write(file, &written(&text, None));
    run_ok(&site, &["check", "--deny-warnings"]);
    site.build();
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    let be_vn = common::find_route(&routes, "BE", "VN").expect("a route once written");
    assert_eq!(be_vn["status"], "unknown", "no data is never in force");
    // With real data (signed by both, in force from a date after today), the answer is
    // "not yet", with its day; the page's status line comes from the shortcode.
    let dated = written(&text, None)
        .replace(
            "[[agreement.parties]]\ncountry = \"BE\"",
            "[[agreement.parties]]\ncountry = \"BE\"\nsigned = 2026-10-01\nin_force = 2027-02-01",
        )
        .replace(
            "[[agreement.parties]]\ncountry = \"VN\"",
            "[[agreement.parties]]\ncountry = \"VN\"\nsigned = 2026-10-01\nin_force = 2027-02-01",
        )
        + "\n{{ status(agreement=\"be-vn\") }}\n";
    site.write(file, &dated);
    site.build();
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    let be_vn = common::find_route(&routes, "BE", "VN").unwrap();
    assert_eq!(be_vn["status"], "not-yet");
    assert_eq!(be_vn["from"], "2027-02-01");
    let page = pages_containing(&site, "status-sentence");
    assert!(
        page.iter().any(|p| p.contains("belgium-vietnam")),
        "the shortcode is rendered: {page:?}"
    );
}

/// `serve` re-renders a page whose body alone changed without the full build; a body that
/// gains template text must still be refused as the full build refuses it.
#[test]
fn serve_refuses_template_text_saved_into_a_published_page() {
    use homeward::incremental::{Scope, Session};
    let site = Site::fixture("i18n");
    let mut session = Session::new(homeward::pipeline::Options {
        force: true,
        ..homeward::pipeline::Options::new(site.root())
    });
    assert!(!session.full().has_errors());
    let file = "content/guides/steps.md";
    let text = source(&site, file);
    let saved =
        format!("{text}\nStart with what the reader most needs to know, in short sentences.\n");
    site.write(file, &saved);
    let (outcome, scope) = session
        .changed(&[site.root().join(file)])
        .expect("a rebuild");
    assert_eq!(scope, Scope::Full);
    assert!(
        outcome.diagnostics.iter().any(|d| d.code == "E0108"),
        "{:?}",
        outcome.diagnostics
    );
}

/// A translation is published when neither it nor its original is a draft: only then is its
/// template text refused, so a translation begun beside a draft original checks clean too.
#[test]
fn a_translation_is_refused_for_template_text_only_when_it_would_be_published() {
    let site = Site::fixture("i18n");
    run_ok(&site, &["new", "page", "guides/visiting"]);
    run_ok(
        &site,
        &[
            "new",
            "translation",
            "content/guides/visiting.md",
            "--lang",
            "fr",
        ],
    );
    let translation = source(&site, "content/guides/visiting.fr.md");
    // The original is a draft: its translation, draft line gone, is not published either.
    site.write(
        "content/guides/visiting.fr.md",
        &translation.replace("draft = true", ""),
    );
    run_ok(&site, &["check", "--drafts", "--deny-warnings"]);
    // The original written and published: the translation still has the template's words.
    let original = source(&site, "content/guides/visiting.md");
    site.write(
        "content/guides/visiting.md",
        &written(&original, Some("Visiting")),
    );
    let e = refused_as_template_text(&site, &["check"]);
    assert!(e.contains("content/guides/visiting.fr.md:"), "{e}");
    assert!(!e.contains("content/guides/visiting.md:"), "{e}");
}
