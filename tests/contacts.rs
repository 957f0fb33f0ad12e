//! Every answer ends with who to write to (issue 21): a contact is published only with its
//! source and the day it was checked, an old one warns, country pages show contacts before
//! their long tables, and every route answer, on the pages and in the finder's data, names the
//! central authority and consular contacts of both countries or says that the site knows none
//! and how to find one. On the i18n fixture and on the shipped site.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use common::{Site, attrs, file_of};
use scraper::{Html, Selector};

/// The fixture's Cambodia page with `contact` as its only `[[country.contacts]]` table.
fn cambodia_with(contact: &str) -> String {
    format!(
        "+++\ntitle = \"Cambodia\"\n[country]\ncode = \"KH\"\n[[country.contacts]]\n{contact}\n+++\nCambodia's arrangements.\n"
    )
}

/// `homeward check --format json` on the fixture with the given Cambodia page: the code,
/// message, help and line of each diagnostic.
fn check_codes(cambodia: &str) -> Vec<(String, String, String, u64)> {
    let site = Site::fixture("i18n");
    site.write("content/countries/cambodia.md", cambodia);
    let out = site.run(&["check", "--format", "json"]);
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (
                s("code"),
                s("message"),
                s("help"),
                d["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn codes(diagnostics: &[(String, String, String, u64)]) -> Vec<&str> {
    diagnostics.iter().map(|d| d.0.as_str()).collect()
}

const GOOD: &str = "role = \"central-authority\"\nname = \"Ministry of Justice\"\nsource = \"https://example.org/kh\"\nchecked = 2026-11-22";

#[test]
fn a_contact_without_source_is_refused() {
    let d = check_codes(&cambodia_with(
        "role = \"central-authority\"\nname = \"Ministry of Justice\"\nchecked = 2026-11-22",
    ));
    assert!(codes(&d).contains(&"E0231"), "{d:?}");
    let d = check_codes(&cambodia_with(
        "role = \"consular\"\nname = \"MFA\"\nsource = \"the ministry told us\"\nchecked = 2026-11-22",
    ));
    assert!(
        codes(&d).contains(&"E0231"),
        "a source must be a web address: {d:?}"
    );
    assert!(codes(&check_codes(&cambodia_with(GOOD))).is_empty());
}

#[test]
fn a_contact_without_checked_date_is_refused() {
    let d = check_codes(&cambodia_with(
        "role = \"central-authority\"\nname = \"Ministry of Justice\"\nsource = \"https://example.org/kh\"",
    ));
    assert!(codes(&d).contains(&"E0232"), "{d:?}");
}

#[test]
fn an_unknown_role_is_refused_with_the_nearest_word_and_the_vocabulary() {
    let d = check_codes(&cambodia_with(
        &GOOD.replace("central-authority", "consulr"),
    ));
    let e = d.iter().find(|d| d.0 == "E0230").expect("E0230");
    assert!(e.1.contains("consulr"), "{e:?}");
    assert!(e.2.contains("did you mean `consular`"), "{e:?}");
    for role in [
        "central-authority",
        "consular",
        "prison-service",
        "support",
        "other",
    ] {
        assert!(e.2.contains(role), "{e:?}");
    }
    let d = check_codes(&cambodia_with(
        &GOOD.replace("central-authority", "ministry"),
    ));
    let e = d
        .iter()
        .find(|d| d.0 == "E0230")
        .expect("E0230 for the old word");
    assert!(e.2.contains("central-authority"), "{e:?}");
}

/// The build's today is fixed at 2026-12-08 (`HOMEWARD_TODAY`): checked 2025-12-08 is a year
/// old and passes, 2025-12-07 is over a year old and warns; `--deny-warnings` fails then.
#[test]
fn a_contact_checked_over_a_year_ago_warns_w0030() {
    let year = check_codes(&cambodia_with(&GOOD.replace("2026-11-22", "2025-12-08")));
    assert!(!codes(&year).contains(&"W0030"), "{year:?}");
    let old = check_codes(&cambodia_with(&GOOD.replace("2026-11-22", "2025-12-07")));
    let w = old.iter().find(|d| d.0 == "W0030").expect("W0030");
    assert!(
        w.1.contains("Ministry of Justice") && w.1.contains("2025-12-07"),
        "{w:?}"
    );
    assert_eq!(w.3, 9, "at the contact's `checked` line: {w:?}");

    let site = Site::fixture("i18n");
    site.write(
        "content/countries/cambodia.md",
        &cambodia_with(&GOOD.replace("2026-11-22", "2025-12-07")),
    );
    assert!(!site.run(&["check", "--deny-warnings"]).status.success());
    // The same site a year earlier has nothing to say.
    let out = common::homeward()
        .env("HOMEWARD_TODAY", "2026-01-01")
        .args(["check", "--deny-warnings", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The fixture, built with a Cambodian central authority whose address is given as lines, a
/// consular contact whose address is one text, and a support contact (not in answers).
fn fixture_with_contacts() -> Site {
    let site = Site::fixture("i18n");
    site.write(
        "content/countries/cambodia.md",
        &cambodia_with(
            "role = \"central-authority\"\nname = \"Ministry of Justice\"\naddress = [\"1 Test Street\", \"Phnom Penh\"]\n\
             email = \"moj@example.org\"\nphone = \"+855 23 000 000\"\nsource = \"https://example.org/kh\"\n\
             source_title = \"Test source\"\nchecked = 2026-11-22\nnotes = \"Read in an old report.\"\n\n\
             [[country.contacts]]\nrole = \"consular\"\nname = \"Consular Department\"\naddress = \"2 Test Road\\nPhnom Penh\"\n\
             source = \"https://example.org/kh-mfa\"\nchecked = 2026-11-22\n\n\
             [[country.contacts]]\nrole = \"support\"\nname = \"A family charity\"\nsource = \"https://example.org/help\"\nchecked = 2026-11-22",
        ),
    );
    site.build();
    site
}

fn select<'a>(doc: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(selector).unwrap()).collect()
}

fn words(e: scraper::ElementRef) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn country_page_shows_who_to_write_to_before_its_body_and_long_tables() {
    let site = fixture_with_contacts();
    for path in [
        "countries/cambodia/index.html",
        "fr/countries/cambodge/index.html",
    ] {
        let html = site.read(path);
        let contacts = html.find("id=\"who-to-write-to\"").expect("contacts block");
        let tables = html
            .find("id=\"agreements-title\"")
            .expect("agreements table");
        let body = html.find("class=\"content\"").expect("body");
        assert!(contacts < body && contacts < tables, "{path}");
        let doc = Html::parse_document(&html);
        let block = words(select(&doc, "#who-to-write-to")[0]);
        assert!(block.contains("1 Test Street"), "{block}");
        assert!(block.contains("moj@example.org"), "{block}");
        assert!(
            block.contains("A family charity"),
            "a country page lists every role"
        );
        assert!(
            block.contains("Read in an old report."),
            "notes are shown: {block}"
        );
        // Every contact links its source and says when it was checked.
        assert_eq!(select(&doc, "#who-to-write-to .contact").len(), 3);
        assert_eq!(
            attrs(&doc, "#who-to-write-to .contact a.contact-source", "href").len(),
            3
        );
        assert_eq!(
            attrs(&doc, "#who-to-write-to .contact time", "datetime"),
            ["2026-11-22"; 3]
        );
        assert_eq!(
            attrs(&doc, "#who-to-write-to a[href^='tel:']", "href"),
            ["tel:+85523000000"]
        );
    }
    // A body heading "## Contacts" (id "contacts") never clashes with the block's ids.
    site.write(
        "content/countries/cambodia.md",
        &std::fs::read_to_string(site.root().join("content/countries/cambodia.md"))
            .unwrap()
            .replace(
                "Cambodia's arrangements.",
                "## Contacts\n\nCambodia's arrangements.",
            ),
    );
    site.build();
    let doc = site.html("countries/cambodia/index.html");
    let ids = attrs(&doc, "[id]", "id");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len(), "duplicate ids: {ids:?}");
    assert!(ids.contains(&"contacts".to_string()));
    // Lines or one text: the same address, one line each.
    let doc = site.html("countries/cambodia/index.html");
    let addresses: Vec<String> = select(&doc, "#who-to-write-to dd.address")
        .into_iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(
        addresses,
        ["1 Test Street\nPhnom Penh", "2 Test Road\nPhnom Penh"]
    );
}

#[test]
fn a_country_without_contacts_says_so_and_how_to_find_one() {
    let site = fixture_with_contacts();
    let doc = site.html("countries/belgium/index.html");
    let none: Vec<String> = select(&doc, "#who-to-write-to .contacts-none")
        .into_iter()
        .map(words)
        .collect();
    assert_eq!(none.len(), 2, "central authority and consular: {none:?}");
    assert!(none[0].contains("no checked contact") && none[0].contains("Belgium"));
    assert!(none[1].contains("ministry of foreign affairs"), "{none:?}");
}

/// The route page for people detained in `code` in the fixture: its answers end with who to
/// write to in both countries.
#[test]
fn fixture_route_answers_end_with_both_countries_contacts_in_every_language() {
    let site = fixture_with_contacts();
    for lang in ["", "fr/", "ar/"] {
        // Detained in Cambodia: Cambodia's contacts, then "we know none" for the others.
        let doc = site.html(&format!("{lang}routes/kh/index.html"));
        let kh = select(&doc, "#who-to-write-to #contacts-kh .contact");
        assert_eq!(kh.len(), 2, "{lang}: central authority and consular only");
        assert!(
            select(&doc, "#who-to-write-to #contacts-unknown").len() == 1,
            "{lang}"
        );
        for href in attrs(&doc, "tr a.contacts-link", "href") {
            let id = href.trim_start_matches('#');
            assert!(
                !select(&doc, &format!("#{id}")).is_empty(),
                "{lang}: {href}"
            );
        }
        assert!(!attrs(&doc, "tr a.contacts-link", "href").is_empty());
        // Detained in Belgium, national of Cambodia: Belgium has none, Cambodia's are listed.
        let doc = site.html(&format!("{lang}routes/be/index.html"));
        assert_eq!(
            select(&doc, "#contacts-be .contacts-none").len(),
            2,
            "{lang}"
        );
        assert_eq!(select(&doc, "#contacts-kh .contact").len(), 2, "{lang}");
        assert_eq!(
            attrs(&doc, "tr#kh a.contacts-link", "href"),
            ["#contacts-kh"],
            "{lang}"
        );
    }
}

#[test]
fn the_finder_data_has_each_countrys_contacts_with_source_and_checked_date() {
    let site = fixture_with_contacts();
    for lang in ["en", "fr", "ar"] {
        let data: serde_json::Value =
            serde_json::from_str(&site.read(&format!("data/contacts.{lang}.json"))).unwrap();
        let kh = &data["countries"]["KH"];
        assert_eq!(kh["central-authority"][0]["name"], "Ministry of Justice");
        assert_eq!(
            kh["central-authority"][0]["address"],
            "1 Test Street\nPhnom Penh"
        );
        assert_eq!(kh["consular"][0]["source"], "https://example.org/kh-mfa");
        assert_eq!(kh["consular"][0]["checked"]["iso"], "2026-11-22");
        assert!(kh.get("support").is_none(), "answers name two roles only");
        assert!(data["countries"].get("BE").is_none());
        // A name left in English is marked as such on French and Arabic pages.
        if lang != "en" {
            assert_eq!(kh["central-authority"][0]["name_lang"], "en");
        }
    }
    // The finder form carries the words for "we know none", in the page's language.
    let doc = site.html("fr/routes/index.html");
    let none = attrs(&doc, "#finder", "data-none-central-authority");
    assert!(none[0].contains("{country}") && none[0].contains("autorité centrale"));
    assert_eq!(
        attrs(&doc, "#finder", "data-contacts-url"),
        ["/data/contacts.fr.json"]
    );
}

// ---------------------------------------------------------------------------------------------
// The shipped site

struct Shipped {
    _dir: tempfile::TempDir,
    out: PathBuf,
}

/// The shipped site, built once for all tests of this file.
fn shipped() -> &'static Shipped {
    static SITE: OnceLock<Shipped> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let o = common::homeward()
            .args(["build", "--root", env!("CARGO_MANIFEST_DIR"), "--output"])
            .arg(&out)
            .arg("--deny-warnings")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        Shipped { _dir: dir, out }
    })
}

impl Shipped {
    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
}

/// How many countries have a central authority or consular contact (the finder's English file).
fn known_countries(site: &Shipped) -> usize {
    let data: serde_json::Value =
        serde_json::from_str(&site.read("data/contacts.en.json")).unwrap();
    data["countries"].as_object().unwrap().len()
}

const LANGS: [&str; 7] = ["", "fr/", "nl/", "de/", "km/", "lo/", "ar/"];

/// The route answer pages of a language, as the finder page lists them.
fn route_pages(site: &Shipped, lang: &str) -> Vec<String> {
    let finder = Html::parse_document(&site.read(&format!("{lang}routes/index.html")));
    attrs(&finder, "#finder-detained option[data-url]", "data-url")
        .iter()
        .map(|u| file_of(u))
        .collect()
}

#[test]
fn every_shipped_route_answer_in_every_language_ends_with_who_to_write_to() {
    let site = shipped();
    let mut pages = 0;
    let mut with_contacts = 0;
    for lang in LANGS {
        let list = route_pages(site, lang);
        assert!(list.len() > 50, "{lang}: {}", list.len());
        for path in list {
            let html = site.read(&path);
            let doc = Html::parse_document(&html);
            let section = select(&doc, "section#who-to-write-to");
            assert_eq!(section.len(), 1, "{path}");
            // The block comes after the answers.
            assert!(
                html.find("id=\"who-to-write-to\"") > html.find("id=\"answers-title\""),
                "{path}"
            );
            // The country of detention: contacts or the plain "we know none" sentence, for
            // both roles.
            let code = path
                .trim_end_matches("/index.html")
                .rsplit('/')
                .next()
                .unwrap();
            let own = select(&doc, &format!("#contacts-{code}"));
            assert_eq!(own.len(), 1, "{path}");
            let roles = select(
                &doc,
                &format!("#contacts-{code} > .contact, #contacts-{code} > .contacts-none"),
            );
            assert!(roles.len() >= 2, "{path}: both roles answered");
            with_contacts +=
                usize::from(!select(&doc, &format!("#contacts-{code} .contact")).is_empty());
            // Every answer links to its nationality's block, which is on the page.
            let rows = select(&doc, "table.answers tbody tr");
            let links = attrs(&doc, "table.answers tbody tr a.contacts-link", "href");
            assert_eq!(rows.len(), links.len(), "{path}");
            for href in links {
                let id = href.trim_start_matches('#');
                let target = select(&doc, &format!("[id='{id}']"));
                assert_eq!(target.len(), 1, "{path}: {href}");
            }
            // Each contact shown names its source and when it was checked.
            for c in select(&doc, "#who-to-write-to .contact") {
                let c = Html::parse_fragment(&c.html());
                assert_eq!(attrs(&c, "a.contact-source", "href").len(), 1, "{path}");
                assert_eq!(attrs(&c, "time", "datetime").len(), 1, "{path}");
            }
            pages += 1;
        }
    }
    assert!(pages > 600, "{pages} route pages");
    // Every country with contacts that has a route page shows them there, in seven languages.
    let data: serde_json::Value =
        serde_json::from_str(&site.read("data/contacts.en.json")).unwrap();
    let with_pages = data["countries"]
        .as_object()
        .unwrap()
        .keys()
        .filter(|code| {
            site.out
                .join(format!("routes/{}/index.html", code.to_lowercase()))
                .is_file()
        })
        .count();
    assert!(with_pages >= 5, "{with_pages}");
    assert_eq!(with_contacts, with_pages * 7);
}

#[test]
fn every_shipped_country_page_shows_contacts_before_its_tables() {
    let site = shipped();
    let mut seen = 0;
    for lang in LANGS {
        let dir = site.out.join(format!("{lang}countries"));
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path().join("index.html");
            if !path.is_file() {
                continue;
            }
            let html = std::fs::read_to_string(&path).unwrap();
            let Some(tables) = html.find("id=\"agreements-title\"") else {
                continue;
            };
            let contacts = html.find("id=\"who-to-write-to\"").unwrap_or(usize::MAX);
            assert!(contacts < tables, "{}", path.display());
            if let Some(body) = html.find("<div class=\"content\"") {
                assert!(contacts < body, "{}", path.display());
            }
            seen += 1;
        }
    }
    assert!(seen >= 30, "{seen} country pages");
    // Belgium: the researched address, with its caveat and source.
    let doc = Html::parse_document(&site.read("countries/belgium/index.html"));
    let block = words(select(&doc, "#who-to-write-to")[0]);
    assert!(block.contains("Boulevard de Waterloo 115"), "{block}");
    assert!(
        block.contains("Cybercrime Convention"),
        "the caveat is shown: {block}"
    );
    // "+44 (0)20 ..." is dialled without the bracketed 0.
    let gb = Html::parse_document(&site.read("countries/united-kingdom/index.html"));
    assert!(
        attrs(&gb, "#who-to-write-to a[href^='tel:']", "href")
            .contains(&"tel:+442070085000".to_string())
    );
    // The address is written in French: marked so on the English page, not on the French one.
    assert_eq!(attrs(&doc, "#who-to-write-to dd.address", "lang"), ["fr"]);
    let fr = Html::parse_document(&site.read("fr/countries/belgique/index.html"));
    assert_eq!(select(&fr, "#who-to-write-to dd.address").len(), 1);
    assert!(attrs(&fr, "#who-to-write-to dd.address", "lang").is_empty());
}

#[test]
fn every_shipped_finder_contact_has_a_source_and_checked_date_in_every_language() {
    let site = shipped();
    for lang in ["en", "fr", "nl", "de", "km", "lo", "ar"] {
        let text = site.read(&format!("data/contacts.{lang}.json"));
        // Fetched once, with the first answer: about 5 KB compressed for ten countries.
        assert!(text.len() < 48 * 1024, "{lang}: {} bytes", text.len());
        let data: serde_json::Value = serde_json::from_str(&text).unwrap();
        let countries = data["countries"].as_object().unwrap();
        for code in ["AU", "BE", "KH", "TH", "VN"] {
            assert!(countries.contains_key(code), "{lang}: {code}");
        }
        assert_eq!(
            countries.len(),
            known_countries(site),
            "{lang}: the same countries in every language"
        );
        for (code, roles) in countries {
            for (role, list) in roles.as_object().unwrap() {
                assert!(["central-authority", "consular"].contains(&role.as_str()));
                for c in list.as_array().unwrap() {
                    assert!(
                        c["source"].as_str().unwrap().starts_with("http"),
                        "{lang} {code}"
                    );
                    assert!(c["checked"]["iso"].as_str().is_some(), "{lang} {code}");
                    assert!(c["checked"]["display"].as_str().is_some(), "{lang} {code}");
                }
            }
        }
        assert!(
            countries["BE"]["central-authority"][0]["address"]
                .as_str()
                .unwrap()
                .starts_with("Boulevard de Waterloo 115"),
        );
    }
    // Every language's finder has its own "we know none" words, with the placeholders.
    let mut seen = std::collections::BTreeSet::new();
    for lang in LANGS {
        let doc = Html::parse_document(&site.read(&format!("{lang}routes/index.html")));
        for key in ["data-none-central-authority", "data-none-consular"] {
            let words = attrs(&doc, "#finder", key).remove(0);
            assert!(words.contains("{country}"), "{lang} {key}");
            seen.insert(words);
        }
    }
    assert_eq!(
        seen.len(),
        14,
        "seven languages, two sentences, all different"
    );
}
