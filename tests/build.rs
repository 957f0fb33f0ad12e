//! `homeward build` on the i18n fixture (English, French, Arabic), asserting on the parsed
//! output: languages and directions, the language switcher, hreflang, fallback pages, resolved
//! links, sitemap and feeds as XML, open data, determinism and safe output replacement.

mod common;

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use common::{Site, attrs, file_of, text};

#[test]
fn every_language_has_its_lang_and_direction() {
    let site = Site::fixture("i18n");
    site.build();
    for (file, lang, dir) in [
        ("index.html", "en", "ltr"),
        ("fr/index.html", "fr", "ltr"),
        ("ar/index.html", "ar", "rtl"),
        ("ar/countries/cambodia/index.html", "ar", "rtl"),
    ] {
        let doc = site.html(file);
        assert_eq!(attrs(&doc, "html", "lang"), [lang], "{file}");
        assert_eq!(attrs(&doc, "html", "dir"), [dir], "{file}");
    }
}

#[test]
fn language_switcher_leads_to_the_same_page_in_every_language() {
    let site = Site::fixture("i18n");
    site.build();
    for page in [
        "fr/countries/cambodge/index.html",
        "guides/how-to-apply/index.html",
        "ar/about/index.html",
    ] {
        let doc = site.html(page);
        let targets = attrs(&doc, "body a[hreflang]", "href");
        assert_eq!(targets.len(), 3, "{page}: {targets:?}");
        for target in &targets {
            assert!(
                site.public().join(file_of(target)).is_file(),
                "{page}: switcher target {target} missing"
            );
        }
    }
    // The Cambodia page is the same page in each language even though the slugs differ.
    let doc = site.html("countries/cambodia/index.html");
    let targets = attrs(&doc, "body a[hreflang]", "href");
    assert!(
        targets.contains(&"/fr/countries/cambodge/".to_string()),
        "{targets:?}"
    );
    assert!(
        targets.contains(&"/ar/countries/cambodia/".to_string()),
        "{targets:?}"
    );
}

#[test]
fn hreflang_alternates_and_canonical() {
    let site = Site::fixture("i18n");
    site.build();
    let doc = site.html("fr/countries/cambodge/index.html");
    let langs = attrs(&doc, "head link[rel=alternate][hreflang]", "hreflang");
    assert_eq!(
        langs,
        ["en", "fr", "x-default"],
        "Arabic has no translation of this page"
    );
    assert_eq!(
        attrs(&doc, "head link[rel=canonical]", "href"),
        ["https://fixture.example.org/fr/countries/cambodge/"]
    );
    // A fallback page points search engines at the original.
    let doc = site.html("fr/guides/how-to-apply/index.html");
    assert_eq!(
        attrs(&doc, "head link[rel=canonical]", "href"),
        ["https://fixture.example.org/guides/how-to-apply/"]
    );
}

#[test]
fn missing_translation_shows_the_original_marked_with_its_language_and_a_notice() {
    let site = Site::fixture("i18n");
    site.build();
    let doc = site.html("ar/guides/how-to-apply/index.html");
    assert_eq!(
        attrs(&doc, "html", "lang"),
        ["ar"],
        "the interface stays Arabic"
    );
    let body = text(&doc, "main .content[lang=en]");
    assert!(body.contains("Write to the ministry"), "{body}");
    let notice = text(&doc, ".notice-fallback");
    assert!(
        !notice.trim().is_empty(),
        "a notice in the reader's language"
    );
    assert!(
        !notice.contains("not yet translated"),
        "the Arabic notice is not the English one: {notice}"
    );
    // A real translation has no notice.
    let doc = site.html("fr/countries/cambodge/index.html");
    assert!(text(&doc, ".notice-fallback").is_empty());
}

#[test]
fn internal_links_resolve_to_the_readers_language() {
    let site = Site::fixture("i18n");
    site.build();
    let doc = site.html("fr/à-propos/index.html");
    let links = attrs(&doc, "main .content a", "href");
    assert!(
        links.contains(&"/fr/guides/how-to-apply/#step-two".to_string()),
        "{links:?}"
    );
    assert!(
        links.contains(&"/fr/countries/cambodge/".to_string()),
        "{links:?}"
    );
    let doc = site.html("index.html");
    let links = attrs(&doc, "main a", "href");
    assert!(
        links.contains(&"/agreements/belgium-cambodia-treaty/#parties".to_string()),
        "{links:?}"
    );
    for link in links.iter().filter(|l| l.starts_with('/')) {
        assert!(site.public().join(file_of(link)).exists(), "{link}");
    }
}

#[test]
fn unicode_slugs_and_heading_ids_keep_their_script() {
    let site = Site::fixture("i18n");
    site.build();
    assert!(
        site.public()
            .join("fr/agreements/traité-belgique-cambodge/index.html")
            .is_file()
    );
    let doc = site.html("guides/how-to-apply/index.html");
    let ids = attrs(&doc, "main h2", "id");
    assert_eq!(ids, ["step-two", "ការណែនាំ"]);
}

#[test]
fn sitemap_and_atom_feeds_are_valid_xml() {
    let site = Site::fixture("i18n");
    site.build();
    let sitemap = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).expect("sitemap parses");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(locs.contains(&"https://fixture.example.org/fr/countries/cambodge/"));
    assert!(
        !locs.iter().any(|l| l.contains("draft")),
        "drafts are not published"
    );
    let alternates = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "link" && n.attribute("hreflang") == Some("x-default"))
        .count();
    assert_eq!(alternates, locs.len());

    for (feed, lang, first_title) in [
        ("news/atom.xml", "en", "Treaty signed"),
        ("fr/news/atom.xml", "fr", "Traité signé"),
    ] {
        let xml = site.read(feed);
        let doc = roxmltree::Document::parse(&xml).expect("feed parses");
        let root = doc.root_element();
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2005/Atom")
        );
        assert_eq!(
            root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(lang)
        );
        let entries: Vec<_> = root
            .children()
            .filter(|n| n.has_tag_name("entry"))
            .collect();
        assert_eq!(entries.len(), 2, "two news items, the draft left out");
        let title = entries[0]
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text());
        assert_eq!(
            title,
            Some(first_title),
            "newest first, in the feed's language"
        );
        for required in ["id", "title", "updated"] {
            assert!(
                root.children().any(|n| n.has_tag_name(required)),
                "feed needs <{required}>"
            );
        }
    }
}

#[test]
fn feeds_keep_only_the_newest_items_up_to_the_limit() {
    let site = Site::fixture("i18n");
    let config = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("feed_limit = 1\n{config}"));
    site.build();
    for (feed, newest) in [
        ("news/atom.xml", "Treaty signed"),
        ("fr/news/atom.xml", "Traité signé"),
    ] {
        let xml = site.read(feed);
        let doc = roxmltree::Document::parse(&xml).expect("feed parses");
        let titles: Vec<&str> = doc
            .root_element()
            .children()
            .filter(|n| n.has_tag_name("entry"))
            .filter_map(|e| e.children().find(|n| n.has_tag_name("title")))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(titles, [newest], "{feed}: only the newest item");
    }
    // The news listing itself still shows every item.
    let listing = common::text(&site.html("news/index.html"), "main");
    assert!(listing.contains("First consultations"), "{listing}");
}

#[test]
fn drafts_are_built_only_with_the_flag() {
    let site = Site::fixture("i18n");
    site.build();
    assert!(
        !site
            .public()
            .join("news/draft-news-item/index.html")
            .exists()
    );
    let out = site.run(&["build", "--drafts"]);
    assert!(out.status.success());
    assert!(
        site.public()
            .join("news/draft-news-item/index.html")
            .exists()
    );
}

#[test]
fn open_data_routes_follow_the_agreements() {
    let site = Site::fixture("i18n");
    site.build();
    let routes: serde_json::Value = serde_json::from_str(&site.read("data/routes.json")).unwrap();
    let find = |a: &str, b: &str| common::find_route(&routes, a, b);
    let be_kh = find("BE", "KH").expect("Belgium–Cambodia route");
    assert_eq!(be_kh["status"], "not-yet");
    assert!(find("KH", "LA").is_none(), "a memorandum is not a route");
    assert_eq!(find("BE", "FR").unwrap()["status"], "in-force");
    assert_eq!(find("BE", "AT").unwrap()["unverified"], true);
    let csv = site.read("data/routes.csv");
    assert!(
        csv.lines()
            .any(|l| l == "BE,KH,not-yet,be-kh-2026,not-yet,false"),
        "{csv}"
    );
    let agreements: serde_json::Value =
        serde_json::from_str(&site.read("data/agreements.json")).unwrap();
    let mou = agreements["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "kh-la-mou-2023")
        .unwrap();
    assert_eq!(mou["is_transfer_route"], false);
    let kh: serde_json::Value = serde_json::from_str(&site.read("data/routes/kh.json")).unwrap();
    let kh = kh["routes"].as_array().unwrap();
    assert!(
        !kh.is_empty() && kh.iter().all(|r| r["sentencing"] == "KH"),
        "per-country file for the finder"
    );
    assert!(
        kh.iter()
            .any(|r| r["nationality"] == "BE" && r["status"] == "not-yet")
    );
    let names: serde_json::Value = serde_json::from_str(&site.read("data/names.fr.json")).unwrap();
    assert_eq!(names["countries"]["KH"], "Cambodge", "names come from CLDR");
}

#[test]
fn builds_are_byte_identical() {
    let site = Site::fixture("i18n");
    let a = site.root().join("out-a");
    let b = site.root().join("out-b");
    for out in [&a, &b] {
        let o = site.run(&["build", "--output", out.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let list = |dir: &std::path::Path| {
        let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            // The marker records fingerprints (modification times) for "nothing changed" checks.
            .filter(|e| e.file_name() != ".homeward-output")
            .map(|e| {
                (
                    e.path()
                        .strip_prefix(dir)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    let (la, lb) = (list(&a), list(&b));
    assert!(la.len() > 50);
    assert!(la == lb, "two builds differ");
}

#[test]
fn unchanged_files_are_not_rewritten_and_changed_ones_are() {
    let site = Site::fixture("i18n");
    site.build();
    let meta = |rel: &str| std::fs::metadata(site.public().join(rel)).unwrap();
    let before_home = meta("index.html");
    let before_about = meta("about/index.html");
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\nChanged text.\n",
    );
    let out = site.build();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("written"), "{log}");
    assert_eq!(
        meta("index.html").ino(),
        before_home.ino(),
        "unchanged page kept its inode"
    );
    assert_eq!(meta("index.html").mtime(), before_home.mtime());
    assert_ne!(
        meta("about/index.html").ino(),
        before_about.ino(),
        "changed page rewritten"
    );
    assert!(site.read("about/index.html").contains("Changed text."));
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let site = Site::fixture("i18n");
    site.build();
    let before = site.read("about/index.html");
    let inode = std::fs::metadata(site.public().join("about/index.html"))
        .unwrap()
        .ino();
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\ntitel = \"oops\"\n+++\nNew text.\n",
    );
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error[E0103]"), "{stderr}");
    assert!(stderr.contains("content/about.md:3:1"), "{stderr}");
    assert!(stderr.contains("did you mean `title`?"), "{stderr}");
    assert_eq!(site.read("about/index.html"), before);
    assert_eq!(
        std::fs::metadata(site.public().join("about/index.html"))
            .unwrap()
            .ino(),
        inode
    );
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_build_removes_the_copy_a_stopped_build_left_behind() {
    // A build stopped by Ctrl-C or kill leaves its hidden staging copy of the site beside the
    // output; nobody holds it any more, so the next build removes it.
    let site = Site::fixture("i18n");
    let left = site.root().join(".public.homeward-staging-999999");
    std::fs::create_dir_all(left.join("fr")).unwrap();
    std::fs::write(left.join("fr/index.html"), "half a site").unwrap();
    site.build();
    assert!(!left.exists(), "the stopped build's copy is gone");
    assert!(site.public().join("index.html").is_file());
    let staging: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("homeward-staging") || n.contains("claiming"))
        .collect();
    assert!(staging.is_empty(), "{staging:?}");
}

#[test]
fn refuses_to_overwrite_a_folder_it_did_not_create() {
    let site = Site::fixture("i18n");
    site.write("mine/precious.txt", "keep me");
    let out = site.run(&[
        "build",
        "--output",
        site.root().join("mine").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(site.root().join("mine/precious.txt")).unwrap(),
        "keep me"
    );
    let out = site.run(&[
        "build",
        "--output",
        site.root().join("content").to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "never into content/, even forced"
    );
    assert!(site.root().join("content/about.md").is_file());
}

#[test]
fn co_located_assets_static_files_and_maps_are_copied() {
    let site = Site::fixture("i18n");
    site.build();
    assert_eq!(site.read("guides/sheet.txt"), "Date | Sent | Reply\n");
    let doc = site.html("index.html");
    let css = attrs(&doc, "link[rel=stylesheet]", "href");
    assert_eq!(css.len(), 1);
    assert!(
        css[0].starts_with("/style.") && css[0].ends_with(".css"),
        "hashed name: {css:?}"
    );
    assert!(site.public().join(css[0].trim_start_matches('/')).is_file());
    assert!(site.read("maps/world.svg").contains("id=\"KH\""));
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://fixture.example.org/sitemap.xml")
    );
    assert!(
        site.public().join("404.html").is_file() && site.public().join("ar/404.html").is_file()
    );
}

#[test]
fn no_page_requests_another_host() {
    let site = Site::fixture("i18n");
    site.build();
    for entry in walkdir::WalkDir::new(site.public()).into_iter().flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let doc = scraper::Html::parse_document(&std::fs::read_to_string(path).unwrap());
        for (selector, attr) in [
            ("script[src]", "src"),
            ("link[href]", "href"),
            ("img[src]", "src"),
            ("use[href]", "href"),
        ] {
            for url in attrs(&doc, selector, attr) {
                let is_alternate = selector.starts_with("link") && !url.starts_with('/');
                if url.starts_with("data:") {
                    continue; // inline, no request at all
                }
                if is_alternate {
                    assert!(
                        url.starts_with("https://fixture.example.org/"),
                        "{}: {url}",
                        path.display()
                    );
                } else {
                    assert!(
                        url.starts_with('/') && !url.starts_with("//"),
                        "{}: {url}",
                        path.display()
                    );
                }
            }
        }
    }
}

/// A build of `site` that keeps its model, theme and shared contexts, to compare what the
/// build wrote with what the library makes of the same model.
fn built_in_memory(site: &Site) -> homeward::pipeline::Built {
    let (outcome, built) = homeward::pipeline::run_keeping(&homeward::pipeline::Options {
        force: true,
        ..homeward::pipeline::Options::new(site.root())
    });
    assert!(!outcome.has_errors(), "{:?}", outcome.diagnostics);
    built.unwrap()
}

#[test]
fn a_fallback_page_is_indexed_in_every_language_that_shows_it() {
    let site = Site::fixture("i18n");
    let built = built_in_memory(&site);
    // The build finds each default-language page once and shares it with the languages that
    // fall back to it; each index must be what indexing that language alone makes.
    for (lang, prefix) in [("en", ""), ("fr", "fr/"), ("ar", "ar/")] {
        let written =
            std::fs::read(site.public().join(format!("{prefix}search/index.json"))).unwrap();
        assert_eq!(
            String::from_utf8(written).unwrap(),
            String::from_utf8(
                homeward::search::index(&built.model, lang, &|| false)
                    .unwrap()
                    .bytes
            )
            .unwrap(),
            "{lang}"
        );
    }
    // `guides/steps.md` has no Arabic version: the Arabic index shows the English text at
    // the Arabic address.
    let ar: serde_json::Value = serde_json::from_str(&site.read("ar/search/index.json")).unwrap();
    let ids = ar["terms"]["ministry"].as_array().unwrap();
    let doc = ids
        .iter()
        .map(|i| &ar["docs"][i.as_u64().unwrap() as usize])
        .find(|d| d["u"] == "/ar/guides/how-to-apply/")
        .expect("the fallback page is found in Arabic");
    assert_eq!(doc["l"], "en");
    assert!(doc["x"].as_str().unwrap().contains("ministry"));
}

#[test]
fn search_indexes_find_pages_in_every_language_and_script() {
    let site = Site::fixture("i18n");
    site.build();
    let index = |lang_prefix: &str| -> serde_json::Value {
        serde_json::from_str(&site.read(&format!("{lang_prefix}search/index.json"))).unwrap()
    };
    let docs_for = |idx: &serde_json::Value, word: &str| -> Vec<String> {
        idx["terms"][word]
            .as_array()
            .map(|ids| {
                ids.iter()
                    .map(|i| {
                        idx["docs"][i.as_u64().unwrap() as usize]["u"]
                            .as_str()
                            .unwrap()
                            .to_string()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let en = index("");
    assert!(docs_for(&en, "ministry").contains(&"/guides/how-to-apply/".to_string()));
    assert!(
        docs_for(&en, "ការណែនាំ").contains(&"/guides/how-to-apply/".to_string()),
        "a Khmer word is a term of its own"
    );
    let fr = index("fr/");
    let traite = docs_for(&fr, "traite");
    assert!(
        traite.iter().any(|u| u.starts_with("/fr/agreements/trait")),
        "accents folded: {traite:?}"
    );
    assert!(
        en["terms"].get("traité").is_none() && fr["terms"].get("traité").is_none(),
        "terms are folded"
    );
    let ar = index("ar/");
    assert_eq!(ar["lang"], "ar");
    assert_eq!(
        ar["docs"].as_array().unwrap().len(),
        en["docs"].as_array().unwrap().len(),
        "every page, in every language"
    );
    // Without JavaScript the search page lists every section and its pages.
    let doc = site.html("fr/search/index.html");
    let links = attrs(&doc, ".site-index a", "href");
    assert!(
        links.contains(&"/fr/countries/cambodge/".to_string()),
        "{links:?}"
    );
    assert!(
        attrs(&doc, "form[role=search]", "data-index-url")
            .contains(&"/fr/search/index.json".to_string())
    );
    // Other pages only link to the search page; no page loads an index by itself.
    let home = site.read("index.html");
    assert!(home.contains("action=\"/search/\"") && !home.contains("index.json"));
}

#[test]
fn compress_writes_gzip_and_brotli_copies_of_text_files() {
    use std::io::Read;
    let site = Site::fixture("i18n");
    let out = site.run(&["build", "--compress"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read(site.public().join("fr/index.html")).unwrap();
    let gz = std::fs::read(site.public().join("fr/index.html.gz")).unwrap();
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, html);
    let br = std::fs::read(site.public().join("fr/index.html.br")).unwrap();
    let mut decoded = Vec::new();
    brotli::Decompressor::new(&br[..], 4096)
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, html);
    assert!(br.len() < html.len() / 2);
    assert!(site.public().join("data/routes.json.br").is_file());
    // Without the option, no copies.
    let plain = site.run(&["build"]);
    assert!(plain.status.success());
    assert!(!site.public().join("fr/index.html.gz").exists());
}

#[test]
fn open_data_matches_its_json_schemas() {
    let site = Site::fixture("i18n");
    site.build();
    for (data, schema) in [
        ("agreements", "agreements"),
        ("countries", "countries"),
        ("routes", "routes"),
    ] {
        let value: serde_json::Value =
            serde_json::from_str(&site.read(&format!("data/{data}.json"))).unwrap();
        let schema: serde_json::Value =
            serde_json::from_str(&site.read(&format!("data/schema/{schema}.schema.json"))).unwrap();
        let items = &schema["properties"][data]["items"];
        let required: Vec<&str> = items["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let list = value[data].as_array().unwrap();
        assert!(!list.is_empty());
        for item in list {
            for key in &required {
                assert!(item.get(*key).is_some(), "{data}: {item} lacks {key}");
            }
            for (key, rule) in items["properties"].as_object().unwrap() {
                if let (Some(pattern), Some(v)) = (rule["pattern"].as_str(), item[key].as_str()) {
                    let ok = match pattern {
                        "^[A-Z]{2}$" => v.len() == 2 && v.chars().all(|c| c.is_ascii_uppercase()),
                        "^[a-z0-9-]+$" => v
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                        other => panic!("pattern {other} not handled by this test"),
                    };
                    assert!(ok, "{data}.{key} = {v} does not match {pattern}");
                }
                if let (Some(options), Some(v)) = (rule["enum"].as_array(), item.get(key)) {
                    assert!(options.contains(v), "{data}.{key} = {v} not in {options:?}");
                }
            }
        }
    }
}

#[test]
fn language_chooser_root_puts_every_language_under_its_code() {
    let site = Site::fixture("i18n");
    let config = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("root = \"language-chooser\"\n{config}"),
    );
    site.build();
    let chooser = site.html("index.html");
    let links = attrs(&chooser, "main a[hreflang], main a[lang]", "href");
    for target in ["/en/", "/fr/", "/ar/"] {
        assert!(
            links.iter().any(|l| l == target),
            "the chooser links {target}: {links:?}"
        );
    }
    assert!(
        site.public()
            .join("en/countries/cambodia/index.html")
            .is_file()
    );
    assert!(
        site.public()
            .join("fr/countries/cambodge/index.html")
            .is_file()
    );
    assert!(
        !site.public().join("countries").exists(),
        "nothing but the chooser at the root"
    );
    assert!(
        site.public().join("404.html").is_file() && site.public().join("fr/404.html").is_file()
    );
    let doc = site.html("en/index.html");
    assert_eq!(attrs(&doc, "html", "lang"), ["en"]);
}

#[test]
fn a_rebuild_with_nothing_changed_writes_nothing_and_notices_any_change() {
    let site = Site::fixture("i18n");
    site.build();
    let home = site.public().join("index.html");
    let before = std::fs::metadata(&home).unwrap();
    let log = String::from_utf8_lossy(&site.build().stderr).into_owned();
    assert!(log.contains("(0 written"), "{log}");
    let after = std::fs::metadata(&home).unwrap();
    assert_eq!((before.ino(), before.mtime()), (after.ino(), after.mtime()));
    // A changed source is noticed...
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\nNew words.\n",
    );
    site.build();
    assert!(site.read("about/index.html").contains("New words."));
    // ...and so is a file removed from the output by hand.
    std::fs::remove_file(site.public().join("robots.txt")).unwrap();
    let log = String::from_utf8_lossy(&site.build().stderr).into_owned();
    assert!(log.contains("(1 written"), "{log}");
    assert!(site.public().join("robots.txt").is_file());
    // Different options are a different build.
    let out = site.run(&["build", "--drafts"]);
    assert!(out.status.success());
    assert!(
        site.public()
            .join("news/draft-news-item/index.html")
            .is_file()
    );
}

#[test]
fn a_cold_build_records_what_it_read_so_the_next_one_is_skipped() {
    // A first build has nothing to compare with: it fingerprints the content as it reads it
    // (assets too), and that record must match what the next build stamps by looking.
    let site = Site::fixture("i18n");
    site.write("content/guides/sheet.txt", "a tracking sheet");
    site.write("content/guides/.about.md.swp", "an editor's swap file");
    let rendered =
        |out: &std::process::Output| String::from_utf8_lossy(&out.stderr).contains("  pages");
    let build = || {
        let root = site.root().to_string_lossy().into_owned();
        let out = common::homeward()
            .args(["build", "--root", &root])
            .env("HOMEWARD_PROFILE", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    assert!(rendered(&build()), "the first build renders");
    let second = build();
    assert!(
        !rendered(&second),
        "nothing changed since the cold build: {}",
        String::from_utf8_lossy(&second.stderr)
    );
    // An editor's temporary file is not part of the site...
    site.write(
        "content/guides/.about.md.swp",
        "saved again, longer than before",
    );
    assert!(!rendered(&build()), "a swap file changes nothing");
    // ...but an asset is.
    site.write("content/guides/sheet.txt", "a tracking sheet, version 2");
    assert!(rendered(&build()), "a changed asset is rebuilt");
    assert_eq!(site.read("guides/sheet.txt"), "a tracking sheet, version 2");
}

#[test]
fn a_very_long_title_in_any_script_still_builds() {
    let site = Site::fixture("i18n");
    let title = "ក្រសួងយុត្តិធម៌ក៏ជាអ្នកប្រកាសពីការចូលជាធរមាននៃសន្ធិសញ្ញាជាមួយវៀតណាមដែរ".repeat(3);
    site.write(
        "content/guides/long.md",
        &format!("+++\ntitle = \"{title}\"\n+++\nText.\n"),
    );
    assert_eq!(site.run(&["check"]).status.code(), Some(0));
    site.build();
    let guides = site.html("guides/index.html");
    let link = attrs(&guides, "main a", "href")
        .into_iter()
        .find(|h| h.contains("%E1%9E"))
        .expect("the long page is listed");
    assert!(site.public().join(file_of(&link)).is_file(), "{link}");
}

#[test]
fn nothing_changed_is_detected_when_run_from_the_site_folder() {
    nothing_changed_is_detected_with(&["build"]);
}

#[test]
fn nothing_changed_is_detected_with_compressed_copies() {
    // The `.gz` and `.br` copies are part of the recorded output listing too.
    nothing_changed_is_detected_with(&["build", "--compress"]);
}

fn nothing_changed_is_detected_with(args: &[&str]) {
    // The README's way: `homeward build` inside the site, output `public/` relative to it.
    let site = Site::fixture("i18n");
    let build = || {
        common::homeward()
            .args(args)
            .current_dir(site.root())
            .env("HOMEWARD_PROFILE", "1")
            .output()
            .unwrap()
    };
    let first = build();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(
        String::from_utf8_lossy(&first.stderr).contains("  pages"),
        "the first build renders"
    );
    let second = build();
    let log = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success());
    assert!(
        !log.contains("  pages"),
        "nothing changed, nothing rendered: {log}"
    );
    assert!(log.contains("(0 written"), "{log}");
    // A file edited by hand in the output is noticed: the next build runs in full.
    let page = site.public().join("index.html");
    let mut html = std::fs::read_to_string(&page).unwrap();
    html.push_str("<!-- edited -->");
    std::fs::write(&page, html).unwrap();
    let third = build();
    assert!(
        String::from_utf8_lossy(&third.stderr).contains("  pages"),
        "an edited output is rebuilt"
    );
}

#[test]
fn route_instruments_made_once_per_language_match_making_them_anew() {
    let site = Site::fixture("i18n");
    let built = built_in_memory(&site);
    let model = &built.model;
    let mut variants = std::collections::BTreeSet::new();
    for lang in &model.config.languages {
        let shared = built.shared.lang(&lang.code);
        for i in model.routes.instruments() {
            assert_eq!(
                shared.instrument(model, i, lang),
                homeward::domain_context::make_instrument_value(model, i, lang),
                "{} {:?}",
                i.agreement,
                i.status
            );
            variants.insert((i.agreement.clone(), i.status, i.unverified));
        }
    }
    // The fixture's multilateral convention is verified between some parties and not
    // between others: one agreement, two template values.
    let agreements: std::collections::BTreeSet<_> = variants.iter().map(|v| &v.0).collect();
    assert!(variants.len() > agreements.len(), "{variants:?}");
}

/// An edit that changes what families are told is listed, in words, by `check` before the
/// build and by `build` after it; an edit that changes no answer lists nothing, and a first
/// build has nothing to compare with.
#[test]
fn build_and_check_list_the_route_answers_an_edit_changes() {
    let site = Site::fixture("i18n");
    let stderr = |out: &std::process::Output| String::from_utf8_lossy(&out.stderr).into_owned();
    let first = site.build();
    assert!(
        !stderr(&first).contains("route answer"),
        "nothing to compare with: {}",
        stderr(&first)
    );
    // A wording change leaves every answer as it was.
    let treaty = std::fs::read_to_string(site.root().join("content/agreements/be-kh.md")).unwrap();
    site.write(
        "content/agreements/be-kh.md",
        &treaty.replace("Signed, not in force.", "Signed; not yet in force."),
    );
    assert!(!stderr(&site.build()).contains("route answer"));
    // Entry into force for both: Belgium–Cambodia becomes usable both ways.
    site.write(
        "content/agreements/be-kh.md",
        &common::be_kh_in_force(&treaty),
    );
    let expected = [
        "  detained in Belgium, national of Cambodia: not yet: signed, not in force → a transfer can be requested now",
        "  detained in Cambodia, national of Belgium: not yet: signed, not in force → a transfer can be requested now",
    ];
    let check = site.run(&["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let said = stderr(&check);
    assert!(
        said.contains("2 route answers would change compared with the site in"),
        "{said}"
    );
    for line in expected {
        assert!(
            said.lines().any(|l| l == line),
            "check: {line:?} in\n{said}"
        );
    }
    let said = stderr(&site.build());
    assert!(said.contains("2 route answers changed compared with the site that was in"));
    for line in expected {
        assert!(
            said.lines().any(|l| l == line),
            "build: {line:?} in\n{said}"
        );
    }
    // Built: the site now says "in force", so the next check lists nothing.
    assert!(!stderr(&site.run(&["check"])).contains("route answer"));
    // A treaty recorded as a mere memorandum gives no route: the answers that go are listed.
    site.write(
        "content/agreements/be-kh.md",
        &treaty.replace("kind = \"bilateral\"", "kind = \"memorandum\""),
    );
    let said = stderr(&site.build());
    assert!(
        said.lines()
            .any(|l| l
                == "  detained in Belgium, national of Cambodia: a transfer can be requested now → no agreement"),
        "{said}"
    );
}

/// A small theme: the default theme's interface strings, a bare base layout whose required
/// templates name nothing but the page's title and content, and `extra` templates.
fn plain_theme(site: &Site, extra: &[(&str, &str)]) {
    let extends = "{% extends \"base.html\" %}";
    let required = [
        ("base.html", PLAIN_BASE),
        ("index.html", extends),
        ("section.html", extends),
        ("page.html", extends),
        ("404.html", extends),
    ];
    let templates = required.iter().chain(extra);
    let theme = site.root().join("themes-plain/plain");
    common::copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n"),
        &theme.join("i18n"),
    );
    for (name, text) in templates {
        site.write(&format!("themes-plain/plain/templates/{name}"), text);
    }
    std::fs::remove_dir_all(site.root().join("themes")).expect("remove the default themes");
    std::fs::rename(site.root().join("themes-plain"), site.root().join("themes")).unwrap();
    let config = site.root().join("site.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replace("theme = \"default\"", "theme = \"plain\""),
    )
    .unwrap();
}

const PLAIN_BASE: &str = "<!DOCTYPE html><html lang=\"{{ lang.code }}\"><head><title>{{ page.title }}</title></head>\
<body><h1>{{ page.title }}</h1>{% block main %}{{ page.content | safe }}{% endblock main %}</body></html>";

#[test]
fn a_theme_gets_the_country_data_it_names_even_in_a_partial_and_builds_without_it() {
    // The country page's facts are named only in an included partial: the builder must still
    // make them (it skips only what no template names).
    let site = Site::fixture("i18n");
    plain_theme(
        &site,
        &[
            (
                "country.html",
                "{% extends \"base.html\" %}{% block main %}{% include \"partials/facts.html\" %}{% endblock main %}",
            ),
            (
                "partials/facts.html",
                "<p id=\"facts\">{{ country.name }}: {{ country.agreements | length }} agreement(s)</p>",
            ),
        ],
    );
    site.build();
    let facts = text(&site.html("countries/cambodia/index.html"), "#facts");
    assert!(facts.starts_with("Cambodia: "), "{facts}");
    assert_ne!(
        facts, "Cambodia: 0 agreement(s)",
        "the country's agreements are there"
    );

    // Without any template naming them, country pages are plain pages, and the build works.
    let site = Site::fixture("i18n");
    plain_theme(&site, &[]);
    site.build();
    let doc = site.html("countries/cambodia/index.html");
    assert_eq!(text(&doc, "h1"), "Cambodia");
}

/// "Today" is a build input: W0001 (a status not checked for over a year) fires from the 366th
/// day after `checked`, whatever the real date, and a date that cannot be read stops the command.
#[test]
fn the_builds_today_decides_when_a_status_is_stale() {
    let site = Site::fixture("i18n");
    let check_on = |today: &str| {
        let root = site.root().to_string_lossy().into_owned();
        common::homeward()
            .env("HOMEWARD_TODAY", today)
            .args(["check", "--format", "json", "--root", &root])
            .output()
            .unwrap()
    };
    let stale = |out: &std::process::Output| String::from_utf8_lossy(&out.stdout).contains("W0001");
    // be-kh.md was checked on 2026-11-22: 2027-11-22 is 365 days later.
    assert!(!stale(&check_on("2027-11-22")));
    assert!(stale(&check_on("2027-11-23")));
    // The hidden flag does the same, and wins over the variable.
    let root = site.root().to_string_lossy().into_owned();
    let flagged = common::homeward()
        .env("HOMEWARD_TODAY", "2026-12-01")
        .args([
            "check",
            "--format",
            "json",
            "--today",
            "2028-01-01",
            "--root",
            &root,
        ])
        .output()
        .unwrap();
    assert!(stale(&flagged));
    for bad in ["2027-02-30", "tomorrow", "2027-1-5"] {
        let out = check_on(bad);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("E0009"),
            "{bad}"
        );
    }
}
