//! The site we ship (`content/`, `site.toml`), built by the real binary: the facts families act
//! on must come out right, in every language.

mod common;

use std::path::Path;

use common::{attrs, text};

struct Shipped {
    out: std::path::PathBuf,
}

/// The shipped site, built once for every test of this file (it was built once per test:
/// a minute of a test run spent building the same site 16 times).
fn build() -> &'static Shipped {
    static SHIPPED: std::sync::OnceLock<Shipped> = std::sync::OnceLock::new();
    SHIPPED.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("shipped-site");
        let _ = std::fs::remove_dir_all(&out);
        let o = common::homeward()
            .args([
                "build",
                "--root",
                env!("CARGO_MANIFEST_DIR"),
                "--output",
                out.to_str().unwrap(),
                "--deny-warnings",
            ])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        Shipped { out }
    })
}

impl Shipped {
    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }
    fn html(&self, rel: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.read(rel))
    }
    fn json(&self, rel: &str) -> serde_json::Value {
        serde_json::from_str(&self.read(rel)).unwrap()
    }
}

#[test]
fn routes_agree_with_the_agreements() {
    let site = build();
    let routes = site.json("data/routes.json");
    let find = |a: &str, b: &str| common::find_route(&routes, a, b);
    for (a, b) in [("BE", "KH"), ("KH", "BE")] {
        let r = find(a, b).expect("Belgium–Cambodia is a route, though not usable yet");
        assert_eq!(r["status"], "not-yet", "{a}→{b}: signed, not in force");
        assert_eq!(r["instruments"][0]["id"], "be-kh-2026");
    }
    assert!(
        find("KH", "LA").is_none() && find("LA", "KH").is_none(),
        "the prison cooperation memorandum is not a route"
    );
    assert_eq!(find("KH", "VN").unwrap()["status"], "in-force");
    assert_eq!(find("BE", "FR").unwrap()["status"], "in-force");
    let agreements = site.json("data/agreements.json");
    let list = agreements["agreements"].as_array().unwrap();
    let mou = list
        .iter()
        .find(|a| a["id"] == "kh-la-prison-mou-2023")
        .unwrap();
    assert_eq!(mou["kind"], "memorandum");
    assert_eq!(mou["is_transfer_route"], false);
    for a in list {
        assert!(
            a["source"].as_str().is_some_and(|s| s.starts_with("http")),
            "{} names its source",
            a["id"]
        );
        assert!(
            a["checked"].as_str().is_some(),
            "{} says when it was checked",
            a["id"]
        );
    }
    // Every route in the data is backed by an agreement both countries are party to.
    for r in routes["routes"].as_array().unwrap() {
        for i in r["instruments"].as_array().unwrap() {
            let a = list.iter().find(|a| a["id"] == i["id"]).unwrap();
            assert_eq!(a["is_transfer_route"], true);
            let parties: Vec<&str> = a["parties"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["country"].as_str().unwrap())
                .collect();
            assert!(
                parties.contains(&r["sentencing"].as_str().unwrap())
                    && parties.contains(&r["nationality"].as_str().unwrap())
            );
        }
    }
}

#[test]
fn the_belgium_cambodia_treaty_is_shown_as_signed_not_in_force_everywhere() {
    let site = build();
    for lang in ["", "fr/", "nl/", "de/", "km/", "lo/"] {
        let route = site.html(&format!("{lang}routes/kh/index.html"));
        let row = text(&route, "tr#be");
        assert!(
            !row.is_empty(),
            "{lang}: the Belgian row of the Cambodia answers"
        );
        let badge = attrs(&route, "tr#be .badge", "class");
        assert!(
            badge.iter().any(|c| c.contains("status-not-yet")),
            "{lang}: {badge:?}"
        );
        assert!(
            !badge.iter().any(|c| c.contains("status-in-force")),
            "{lang}: never in force"
        );
    }
    let page = site
        .html("agreements/belgium-cambodia-treaty-on-the-transfer-of-sentenced-persons/index.html");
    let body = text(&page, "main");
    assert!(body.contains("not in force"), "{body}");
}

#[test]
fn every_language_has_its_pages_and_honest_notices() {
    let site = build();
    let site_dir = Path::new(&site.out);
    for lang in ["fr", "nl", "de", "km", "lo", "ar"] {
        let home = site.html(&format!("{lang}/index.html"));
        assert_eq!(attrs(&home, "html", "lang"), [lang]);
        let dir = if lang == "ar" { "rtl" } else { "ltr" };
        assert_eq!(attrs(&home, "html", "dir"), [dir], "{lang}");
        assert!(site_dir.join(format!("{lang}/search/index.json")).is_file());
    }
    // Khmer and Lao have the guides and the Cambodia and Laos pages in their own language.
    for lang in ["km", "lo"] {
        for entry in walkdir::WalkDir::new(site_dir.join(lang).join("guides"))
            .into_iter()
            .flatten()
        {
            if entry.file_name() == "index.html" {
                let html = std::fs::read_to_string(entry.path()).unwrap();
                assert!(
                    !html.contains("notice-fallback"),
                    "{} is not translated",
                    entry.path().display()
                );
            }
        }
        for country in ["countries/cambodia/index.html", "countries/laos/index.html"] {
            let english = site.html(country);
            let target = attrs(&english, &format!("body a[hreflang={lang}]"), "href");
            let translated = site.read(&common::file_of(&target[0]));
            assert!(
                !translated.contains("notice-fallback"),
                "{lang} {country} is translated"
            );
        }
    }
    // German is partial on purpose: some pages fall back, and say so in German.
    let de_fallbacks = walkdir::WalkDir::new(site_dir.join("de"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
        .filter(|e| {
            std::fs::read_to_string(e.path())
                .unwrap()
                .contains("notice-fallback")
        })
        .count();
    assert!(de_fallbacks > 0, "the German fallback shows somewhere");
    // Translations are marked machine-assisted.
    let fr = site.read("fr/index.html");
    assert!(fr.contains("notice-machine"));
}

/// A Moroccan family with a relative detained in Belgium (or a Belgian one with a relative in
/// Morocco) reads the answer, and both Belgium–Morocco treaties, in Arabic.
#[test]
fn arabic_readers_get_the_belgium_morocco_answer_in_arabic() {
    let site = build();
    let home = site.html("ar/index.html");
    assert!(
        text(&home, "h1").contains("عقوبته"),
        "the Arabic home page is written in Arabic"
    );
    assert!(site.read("ar/index.html").contains("notice-machine"));
    // Every entry of the main menu leads to a page written in Arabic.
    let menu = attrs(&home, "nav.site-nav a", "href");
    assert_eq!(menu.len(), 5, "{menu:?}");
    for href in menu {
        let page = site.read(&common::file_of(&href));
        assert!(!page.contains("notice-fallback"), "{href} is translated");
    }
    for (detained_in, national_of) in [("be", "ma"), ("ma", "be")] {
        let route = site.html(&format!("ar/routes/{detained_in}/index.html"));
        let row = format!("table.answers tr#{national_of}");
        let status = attrs(&route, &format!("{row} td .badge"), "class");
        assert_eq!(
            status,
            ["badge status-in-force"],
            "{detained_in}/{national_of}"
        );
        assert_eq!(
            text(&route, &format!("{row} td .badge")),
            "يمكن طلب النقل الآن"
        );
        let links = attrs(&route, &format!("{row} ul.instruments a"), "href");
        assert_eq!(
            links.len(),
            2,
            "the 1997 convention and the 2007 protocol: {links:?}"
        );
        for href in links {
            let page = site.read(&common::file_of(&href));
            let doc = scraper::Html::parse_document(&page);
            assert!(
                !page.contains("notice-fallback"),
                "{href} is translated into Arabic"
            );
            assert_eq!(attrs(&doc, "html", "dir"), ["rtl"]);
            assert!(text(&doc, "h1").contains("بلجيكا والمغرب"), "{href}");
            // Its status sentence comes from the data (the shortcode), in Arabic.
            assert!(
                text(&doc, "main .status-sentence").contains("يمكن طلب النقل الآن"),
                "{href} states its status in Arabic, from the data"
            );
            // Its link to the Belgium page (who handles requests, how long it takes) stays
            // in Arabic too.
            let belgium = attrs(&doc, ".content a[href*='/ar/countries/']", "href");
            assert_eq!(belgium.len(), 1, "{href}: {belgium:?}");
            let country = site.read(&common::file_of(&belgium[0]));
            assert!(!country.contains("notice-fallback"), "{}", belgium[0]);
            assert!(country.contains("السلطة المركزية"), "{}", belgium[0]);
        }
    }
}

/// The Arabic pages say "(in English for now)" after a link to a page not yet translated:
/// each such link must lead to a page that really falls back to English (a translation that
/// lands makes its stale announcements fail here), and the two translated guides are Arabic.
#[test]
fn arabic_links_announced_as_english_lead_to_english_pages() {
    let site = build();
    let mut seen = 0;
    for entry in walkdir::WalkDir::new(Path::new(&site.out).join("ar"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
    {
        let html = std::fs::read_to_string(entry.path()).unwrap();
        for (at, _) in html.match_indices("</a> (بالإنجليزية حاليًا)") {
            seen += 1;
            let open = html[..at].rfind("<a href=\"").expect("the link's start") + 9;
            let href = &html[open..open + html[open..].find('"').unwrap()];
            let target = site.read(&common::file_of(href));
            assert!(
                target.contains("notice-fallback"),
                "{} announces {href} as English, but it is translated",
                entry.path().display()
            );
        }
    }
    assert!(seen >= 4, "the announcements were found ({seen})");
    for guide in [
        "ar/guides/قائمة-الشروط/index.html",
        "ar/guides/كيف-تطلب-النقل/index.html",
    ] {
        assert!(!site.read(guide).contains("notice-fallback"), "{guide}");
        assert_eq!(attrs(&site.html(guide), "html", "dir"), ["rtl"]);
    }
}

#[test]
fn a_nationality_without_an_agreement_is_listed_once_and_never_as_a_route() {
    let site = build();
    for lang in ["", "fr/", "km/", "lo/"] {
        let route = site.html(&format!("{lang}routes/kh/index.html"));
        // Laos and Cambodia only share a memorandum: no route, so no row in the answers table.
        assert!(
            text(&route, "table.answers tr#la").is_empty(),
            "{lang}: Laos must not be a row of the routes table"
        );
        let laos = text(&route, "ul.no-agreement li#la");
        assert!(
            !laos.is_empty(),
            "{lang}: Laos is in the list of nationalities with no agreement"
        );
        let section = text(&route, "section[aria-labelledby=no-agreement-title]");
        assert!(
            section.contains(&laos),
            "{lang}: the list says what to do: {section}"
        );
        let badges = attrs(
            &route,
            "section[aria-labelledby=no-agreement-title] .badge",
            "class",
        );
        assert_eq!(badges, ["badge status-none"], "{lang}");
        // Every nationality is answered exactly once, in the table or in the list.
        let rows = attrs(&route, "table.answers tbody tr", "id");
        let listed = attrs(&route, "ul.no-agreement li", "id");
        let mut all: Vec<_> = rows.iter().chain(&listed).cloned().collect();
        let count = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), count, "{lang}: a nationality answered twice");
        assert!(
            !all.contains(&"kh".to_string()),
            "{lang}: not Cambodia itself"
        );
    }
}

#[test]
fn every_route_page_marks_each_instrument_as_the_open_data_does() {
    let site = build();
    let routes = site.json("data/routes.json");
    let mut marked = (0, 0);
    let mut pages = std::collections::HashMap::new();
    for lang in ["", "fr/", "km/"] {
        for r in routes["routes"].as_array().unwrap() {
            let detained_in = r["sentencing"].as_str().unwrap().to_lowercase();
            let national_of = r["nationality"].as_str().unwrap().to_lowercase();
            let path = format!("{lang}routes/{detained_in}/index.html");
            let page = pages.entry(path).or_insert_with_key(|path| site.html(path));
            let items =
                scraper::Selector::parse(&format!("tr#{national_of} ul.instruments > li")).unwrap();
            let items: Vec<_> = page.select(&items).collect();
            let instruments = r["instruments"].as_array().unwrap();
            assert_eq!(
                items.len(),
                instruments.len(),
                "{lang}{detained_in}/{national_of}"
            );
            for (li, i) in items.iter().zip(instruments) {
                let badges: Vec<&str> = li
                    .select(&scraper::Selector::parse(".badge").unwrap())
                    .filter_map(|b| b.value().attr("class"))
                    .collect();
                let status = format!("status-{}", i["status"].as_str().unwrap());
                // A row shows its best status; an instrument says its own only where it differs.
                let own_status = i["status"] != r["status"];
                let own_doubt = i["unverified"] == true && r["unverified"] == false;
                assert_eq!(
                    badges.iter().any(|b| b.contains(&status)),
                    own_status,
                    "{lang}{detained_in}/{national_of} {}: {badges:?}",
                    i["id"]
                );
                assert_eq!(
                    badges.iter().any(|b| b.contains("status-unverified")),
                    own_doubt,
                    "{lang}{detained_in}/{national_of} {}: {badges:?}",
                    i["id"]
                );
                marked.0 += usize::from(own_status);
                marked.1 += usize::from(own_doubt);
            }
        }
    }
    assert!(
        marked.0 > 0 && marked.1 > 0,
        "the shipped data has instruments that differ from their row: {marked:?}"
    );
}

/// A link that shows a page's title is marked with the language of that title exactly as the
/// page's own heading is: an English title (a page not yet translated) inside a Khmer or Arabic
/// page carries `lang="en" dir="ltr"`, so a screen reader switches voice and the browser lays
/// it out left to right; a translated title carries nothing. Checked on every link of every
/// page of the shipped site, and on the names the route finder's script uses.
#[test]
fn titles_in_another_language_say_so_wherever_they_are_linked() {
    let site = build();
    let root = Path::new(&site.out);
    let pages: Vec<(String, scraper::Html)> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let html = scraper::Html::parse_document(&std::fs::read_to_string(e.path()).unwrap());
            (rel, html)
        })
        .collect();
    // The language and direction an element is in: its own, or its nearest ancestor's.
    fn in_effect(e: scraper::ElementRef, attr: &str) -> Option<String> {
        std::iter::once(*e)
            .chain(e.ancestors())
            .find_map(|n| n.value().as_element()?.attr(attr).map(str::to_string))
    }
    let h1 = scraper::Selector::parse("h1").unwrap();
    let headings: std::collections::HashMap<&str, (String, Option<String>, Option<String>)> = pages
        .iter()
        .filter_map(|(rel, html)| {
            let h = html.select(&h1).next()?;
            let title = h.text().collect();
            Some((
                rel.as_str(),
                (title, in_effect(h, "lang"), in_effect(h, "dir")),
            ))
        })
        .collect();
    let links = scraper::Selector::parse("a[href^='/']").unwrap();
    let (mut checked, mut marked) = (0, 0);
    for (rel, html) in &pages {
        let page_lang = rel
            .split('/')
            .next()
            .filter(|l| l.len() == 2)
            .unwrap_or("en");
        for a in html.select(&links) {
            let target = common::file_of(a.value().attr("href").unwrap());
            let Some((title, lang, dir)) = headings.get(target.as_str()) else {
                continue;
            };
            if a.text().collect::<String>() != *title || a.value().attr("hreflang").is_some() {
                continue;
            }
            // Links to a country show its CLDR name in the page's language, which can read
            // like the English title of an untranslated country page (German "Thailand").
            let in_countries = target.starts_with("countries/") || target.contains("/countries/");
            if in_countries && !target.ends_with("countries/index.html") {
                continue;
            }
            checked += 1;
            marked += usize::from(lang.as_deref() != Some(page_lang));
            assert_eq!(
                (in_effect(a, "lang"), in_effect(a, "dir")),
                (lang.clone(), dir.clone()),
                "{rel}: the link to {target} ({title})"
            );
        }
    }
    eprintln!("{checked} title links checked, {marked} in another language");
    assert!(checked > 10_000, "{checked} title links checked");
    assert!(marked > 1_000, "{marked} of them in another language");
    // The route finder's script marks the same titles from the names file.
    for lang in ["ar", "km", "fr"] {
        let names = site.json(&format!("data/names.{lang}.json"));
        for (id, name) in names["agreements"].as_object().unwrap() {
            let url = name["url"].as_str().unwrap();
            if url.is_empty() {
                continue;
            }
            let page = site.read(&common::file_of(url));
            let fallback = page.contains("notice-fallback");
            assert_eq!(name.get("lang").is_some(), fallback, "{lang} {id}");
            if fallback {
                assert_eq!(
                    (name["lang"].as_str(), name["dir"].as_str()),
                    (Some("en"), Some("ltr"))
                );
            }
        }
    }
}

/// Every agreement page, in every language (paths relative to the output folder): the pages
/// under an `agreements/` folder that have a key-facts section.
fn agreement_pages(site: &Shipped) -> Vec<String> {
    walkdir::WalkDir::new(&site.out)
        .into_iter()
        .filter_map(Result::ok)
        .map(|entry| {
            let rel = entry.path().strip_prefix(&site.out).unwrap();
            rel.to_string_lossy().into_owned()
        })
        .filter(|rel| rel.ends_with("/index.html") && rel.split('/').any(|p| p == "agreements"))
        .filter(|rel| !attrs(&site.html(rel), "section.facts", "class").is_empty())
        .collect()
}

#[test]
fn an_agreement_page_never_contradicts_its_own_parties_table() {
    let site = build();
    let pages = agreement_pages(site);
    assert!(pages.len() >= 19, "found {} agreement pages", pages.len());
    let mut checked_in_force = 0;
    for rel in &pages {
        let doc = site.html(rel);
        let in_force_parties = attrs(&doc, "table tbody td .badge.status-in-force", "class").len();
        let signed_notice = !attrs(&doc, ".notice-signed", "class").is_empty();
        let unknown_notice = !attrs(&doc, ".notice-unknown", "class").is_empty();
        if in_force_parties >= 2 {
            checked_in_force += 1;
            assert!(
                !signed_notice && !unknown_notice,
                "{rel}: {in_force_parties} parties in force, yet a notice says it is not usable"
            );
        }
        if signed_notice {
            assert!(
                in_force_parties <= 1,
                "{rel}: says signed, not in force, with {in_force_parties} parties in force"
            );
        }
    }
    assert!(
        checked_in_force >= 7 * 5,
        "the in-force agreements were checked in every language ({checked_in_force})"
    );
    // The Belgium–Thailand convention has no recorded date of entry into force, but Thailand
    // lists it in force: its key facts say so, in English and in French.
    for (rel, in_force, not_yet) in [
        (
            "agreements/belgium-thailand-convention-on-the-transfer-of-sentenced-persons/index.html",
            "In force (date not recorded",
            "Not in force yet",
        ),
        (
            "fr/agreements/convention-belgique-thaïlande-sur-le-transfèrement-des-personnes-condamnées/index.html",
            "En vigueur (date non relevée",
            "Pas encore en vigueur",
        ),
    ] {
        let facts = text(&site.html(rel), "section.facts");
        assert!(facts.contains(in_force), "{rel}: {facts}");
        assert!(!facts.contains(not_yet), "{rel}: {facts}");
    }
}

#[test]
fn a_treaty_whose_entry_into_force_is_not_known_says_ask_never_impossible() {
    let site = build();
    let routes = site.json("data/routes.json");
    for other in ["CD", "XK"] {
        let r = common::find_route(&routes, "BE", other).unwrap();
        assert_eq!(r["status"], "unknown", "BE→{other}");
    }
    // Albania is also a party to the Council of Europe Convention: that one is in force.
    assert_eq!(
        common::find_route(&routes, "BE", "AL").unwrap()["status"],
        "in-force"
    );
    for lang in ["", "fr/", "nl/", "de/", "ar/", "km/", "lo/"] {
        let route = site.html(&format!("{lang}routes/be/index.html"));
        let badge = attrs(&route, "tr#xk td .badge", "class");
        assert!(
            badge.first().is_some_and(|c| c.contains("status-unknown")),
            "{lang}: {badge:?}"
        );
        let key = text(&route, ".route-key");
        let next = text(&route, "tr#xk td:last-child");
        assert!(!next.is_empty() && !key.is_empty(), "{lang}");
        // The next step is not the one for a signed treaty ("not possible yet").
        let signed_row = text(&route, "tr#kh td:last-child");
        assert_ne!(next, signed_row, "{lang}: Kosovo is not 'not possible yet'");
    }
    let xk = site.html(
        "agreements/belgium-kosovo-convention-on-the-transfer-of-sentenced-persons/index.html",
    );
    assert!(attrs(&xk, ".notice-signed", "class").is_empty());
    assert!(text(&xk, ".notice-unknown").contains("do not say whether"));
    let facts = text(&xk, "section.facts");
    assert!(facts.contains("Not confirmed"), "{facts}");
    assert!(!facts.contains("in force for none"), "{facts}");
}

#[test]
fn every_route_answer_says_when_its_status_was_checked() {
    let site = build();
    for lang in ["", "fr/", "ar/", "km/"] {
        let route = site.html(&format!("{lang}routes/be/index.html"));
        let instruments = attrs(&route, "td ul.instruments > li > a", "href").len();
        let checked = attrs(&route, "td ul.instruments > li .checked time", "datetime");
        assert!(instruments > 40, "{lang}: {instruments}");
        assert_eq!(
            checked.len(),
            instruments,
            "{lang}: one date per instrument"
        );
        assert!(checked.iter().all(|d| d.len() == 10 && d.starts_with("20")));
    }
    // The finder's names file carries the same date for the script's answer.
    let names = site.json("data/names.en.json");
    assert_eq!(
        names["agreements"]["be-kh-2026"]["checked"]["iso"],
        "2026-12-08"
    );
}

#[test]
fn text_from_the_original_is_translated_or_marked_as_english_inside_a_translated_page() {
    let site = build();
    // The original's words: the notes and places of the open data, which is in English.
    let agreements = site.json("data/agreements.json");
    let mut english: Vec<String> = Vec::new();
    for a in agreements["agreements"].as_array().unwrap() {
        english.extend(a["signed_place"].as_str().map(str::to_string));
        for p in a["parties"].as_array().unwrap() {
            english.extend(p["notes"].as_str().map(str::to_string));
        }
    }
    let (mut translated, mut marked) = (0, 0);
    for rel in agreement_pages(site) {
        let lang = rel.split('/').next().unwrap();
        if !["fr", "nl", "de", "ar", "km", "lo"].contains(&lang) {
            continue;
        }
        let doc = site.html(&rel);
        let place = scraper::Selector::parse("section.facts dd > time + span").unwrap();
        let notes = scraper::Selector::parse("table tbody td span.meta").unwrap();
        let time = scraper::Selector::parse("time").unwrap();
        for span in doc.select(&place).chain(
            doc.select(&notes)
                .filter(|n| n.select(&time).next().is_none()),
        ) {
            let words = span.text().collect::<String>();
            let is_english = english.contains(&words);
            match span.value().attr("lang") {
                // Left in the original's words: said so, for screen readers and layout.
                Some("en") => {
                    assert!(is_english, "{rel}: marked English but translated: {words}");
                    marked += 1;
                }
                None => {
                    assert!(
                        !is_english
                            || [
                                "Phnom Penh",
                                "Strasbourg",
                                "Rabat",
                                "Bangkok",
                                "Canberra",
                                "Hanoi",
                                "Santo Domingo"
                            ]
                            .contains(&words.as_str()),
                        "{rel}: English words not marked as English: {words}"
                    );
                    translated += 1;
                }
                Some(other) => panic!("{rel}: {words} marked {other}"),
            }
        }
    }
    assert!(
        translated > 100 && marked > 0,
        "{translated} translated, {marked} marked"
    );
    // French readers of the Council of Europe Convention read the caveat on Russia in French.
    let coe = site.html("fr/agreements/convention-du-conseil-de-l-europe-sur-le-transfèrement-des-personnes-condamnées/index.html");
    let russia = text(&coe, "tr#party-ru");
    assert!(russia.contains("exclue du Conseil de l’Europe"), "{russia}");
    // A memorandum is labelled the same way everywhere: not a transfer route.
    let cambodia = site.html("countries/cambodia/index.html");
    let row = scraper::Selector::parse("tr").unwrap();
    let mou = cambodia
        .select(&row)
        .find(|tr| tr.text().collect::<String>().contains("memorandum"))
        .expect("the memorandum's row");
    let badges: Vec<String> = mou
        .select(&scraper::Selector::parse(".badge").unwrap())
        .filter_map(|b| b.value().attr("class").map(str::to_string))
        .collect();
    assert!(
        badges.iter().any(|c| c.contains("status-not-route")),
        "{badges:?}"
    );
    assert!(
        !badges.iter().any(|c| c.contains("status-signed")),
        "{badges:?}"
    );
}

#[test]
fn sources_are_links_only_where_they_have_an_address_and_kept_titles_say_their_language() {
    let site = build();
    let (mut marked, mut cited) = (0, 0);
    for entry in walkdir::WalkDir::new(&site.out)
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
    {
        let rel = entry
            .path()
            .strip_prefix(&site.out)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let doc = site.html(&rel);
        assert!(
            attrs(&doc, "a[href=\"\"]", "href").is_empty(),
            "{rel}: a link to nowhere (a source without an address)"
        );
        cited += doc
            .select(&scraper::Selector::parse("section.sources cite").unwrap())
            .count();
        if rel.starts_with("ar/") {
            marked += attrs(&doc, "section.sources li > [lang=en]", "lang").len();
        }
    }
    assert!(
        cited > 0,
        "the sources without an address are named, not linked"
    );
    // Arabic pages keep the English titles of their sources: each is marked English.
    assert!(
        marked > 50,
        "{marked} English source titles marked on Arabic pages"
    );
    let ar = site.html(&format!(
        "ar/agreements/{}/index.html",
        std::fs::read_dir(site.out.join("ar/agreements"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.contains("1997"))
            .expect("the Arabic Belgium-Morocco page")
    ));
    let titles = attrs(&ar, "section.sources li > a", "lang");
    assert!(
        !titles.is_empty() && titles.iter().all(|l| l == "en"),
        "{titles:?}"
    );
}

/// The 38 treaty partners on the Thai Department of Corrections' list of transfer treaties in
/// force, as content/countries/thailand.md names them.
const THAILAND_LISTS: [&str; 38] = [
    "FR", "ES", "CA", "US", "IT", "SE", "GB", "FI", "DE", "PT", "AT", "IL", "PL", "DK", "HK", "CH",
    "NO", "PH", "EE", "CZ", "AU", "NG", "ML", "NL", "LA", "SZ", "KH", "PK", "VN", "BE", "JP", "IR",
    "KR", "CN", "IN", "MV", "PE", "LK",
];

#[test]
fn every_treaty_thailand_lists_in_force_is_an_unverified_route_never_no_agreement() {
    let site = build();
    let routes = site.json("data/routes.json");
    let agreements = site.json("data/agreements.json");
    let agreements = agreements["agreements"].as_array().unwrap();
    for code in THAILAND_LISTS {
        for (from, to) in [("TH", code), (code, "TH")] {
            let route = common::find_route(&routes, from, to)
                .unwrap_or_else(|| panic!("{from}→{to}: Thailand lists this treaty in force"));
            assert_eq!(route["status"], "in-force", "{from}→{to}");
            // Verified only where both parties have a recorded date of entry into force (the
            // list alone is a report: reported_in_force).
            let id = &route["instruments"][0]["id"];
            let treaty = agreements.iter().find(|a| &a["id"] == id).unwrap();
            let dated = treaty["parties"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["in_force"].is_string() && p["unverified"] == false);
            assert_eq!(route["unverified"], !dated, "{from}→{to}: {id}");
        }
    }
    for lang in ["", "fr/", "nl/", "de/", "km/", "lo/", "ar/"] {
        let page = site.html(&format!("{lang}routes/th/index.html"));
        for code in THAILAND_LISTS {
            let id = code.to_lowercase();
            assert!(
                !text(&page, &format!("table.answers tr#{id}")).is_empty(),
                "{lang}routes/th: {code} is answered in the table"
            );
            assert!(
                text(&page, &format!("ul.no-agreement li#{id}")).is_empty(),
                "{lang}routes/th: {code} is not listed under 'no agreement'"
            );
        }
    }
}

/// A family's question comes first: every language's home page carries the route finder's
/// form, with the same countries as the route finder page, and sends it there when the
/// script cannot answer in place.
#[test]
fn every_home_page_asks_the_familys_question_first() {
    let site = build();
    for lang in ["", "fr/", "nl/", "de/", "km/", "lo/", "ar/"] {
        let home = site.html(&format!("{lang}index.html"));
        let actions = attrs(&home, "form#finder", "action");
        assert_eq!(actions.len(), 1, "{lang}: one finder form on the home page");
        let finder_file = common::file_of(&actions[0]);
        let finder = site.html(&finder_file);
        assert!(
            attrs(&finder, "body", "class")
                .iter()
                .any(|c| c.split(' ').any(|c| c == "page-routes")),
            "{lang}: the home form leads to the route finder page, not {}",
            actions[0]
        );
        let countries = |doc: &scraper::Html, select: &str| {
            attrs(doc, &format!("form#finder select#{select} option"), "value")
        };
        for select in ["finder-detained", "finder-national"] {
            let on_home = countries(&home, select);
            assert!(
                on_home.iter().any(|c| c == "TH") && on_home.iter().any(|c| c == "FR"),
                "{lang}: {select} offers Thailand and France"
            );
            assert_eq!(on_home, countries(&finder, select), "{lang}: {select}");
        }
        // The form comes before the page's own text, right under its title.
        let html = site.read(&format!("{lang}index.html"));
        let form_at = html.find("<form class=\"finder\"").unwrap();
        let body_at = html.find("<div class=\"content\"");
        assert!(
            body_at.is_some_and(|at| form_at < at),
            "{lang}: the form is above the page's text"
        );
        assert!(
            html.find("<h1").unwrap() < form_at,
            "{lang}: under the title"
        );
    }
}

#[test]
fn khmer_pages_write_dates_in_khmer_digits_like_their_text() {
    // site.toml gives Khmer the locale `km-u-nu-khmr`: its bodies write numbers in Khmer
    // digits, and the dates the theme shows must match them.
    let site = build();
    let dates = |rel: &str| -> Vec<String> {
        site.html(rel)
            .select(&scraper::Selector::parse("time").unwrap())
            .map(|t| t.text().collect())
            .collect()
    };
    let pages = agreement_pages(site);
    let khmer: Vec<&String> = pages.iter().filter(|p| p.starts_with("km/")).collect();
    assert!(khmer.len() > 10, "{} Khmer agreement pages", khmer.len());
    for page in khmer {
        let shown = dates(page);
        assert!(!shown.is_empty(), "{page} shows no date");
        for date in &shown {
            assert!(
                date.chars().any(|c| ('\u{17E0}'..='\u{17E9}').contains(&c))
                    && !date.chars().any(|c| c.is_ascii_digit()),
                "{page} shows the date {date:?}"
            );
        }
    }
    // Other languages keep their own digits.
    let english = dates("agreements/cambodia-thailand-transfer-agreement/index.html");
    assert!(!english.is_empty());
    for date in english {
        assert!(date.chars().any(|c| c.is_ascii_digit()), "{date:?}");
    }
}
