//! The facts a fact-check corrected in the shipped site (issue 22) and the rule that prose never
//! states an agreement's status by hand (issue 21), checked on the built site in every language
//! that has the page. Each test fails if the content regresses to what the fact-check found.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use common::{attrs, text};

const BASE: &str = "https://transfer.example.org/";

/// The shipped site, built once for every test of this file.
fn site() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("content_facts_public");
        let _ = std::fs::remove_dir_all(&out);
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_homeward"))
            .args([
                "build",
                "--root",
                env!("CARGO_MANIFEST_DIR"),
                "--output",
                out.to_str().unwrap(),
                "--deny-warnings",
            ])
            .env("HOMEWARD_TODAY", "2026-12-08")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        out
    })
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(site().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn html(rel: &str) -> scraper::Html {
    scraper::Html::parse_document(&read(rel))
}

fn json(rel: &str) -> serde_json::Value {
    serde_json::from_str(&read(rel)).unwrap()
}

/// Every language version of a page that really exists (not a fallback), keyed by language:
/// the English page and the translations its `hreflang` alternates name.
fn versions(english: &str) -> Vec<(String, String)> {
    let doc = html(english);
    let sel = scraper::Selector::parse("link[rel=alternate][hreflang]").unwrap();
    let mut out = Vec::new();
    for link in doc.select(&sel) {
        let lang = link.value().attr("hreflang").unwrap();
        if lang == "x-default" {
            continue;
        }
        let href = link.value().attr("href").unwrap();
        let rel = common::file_of(href.strip_prefix(BASE).unwrap_or(href));
        let page = read(&rel);
        assert!(
            !page.contains("notice-fallback"),
            "{rel} is announced as a translation but falls back"
        );
        out.push((lang.to_string(), rel));
    }
    assert!(!out.is_empty(), "{english} has no language versions");
    out
}

/// The languages a page must exist in.
fn assert_langs(pages: &[(String, String)], want: &[&str]) {
    let have: Vec<&str> = pages.iter().map(|(l, _)| l.as_str()).collect();
    for lang in want {
        assert!(have.contains(lang), "missing {lang}: have {have:?}");
    }
}

fn main_text(rel: &str) -> String {
    text(&html(rel), ".content")
}

fn all_html_pages() -> Vec<String> {
    walkdir::WalkDir::new(site())
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
        .map(|e| {
            e.path()
                .strip_prefix(site())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn agreement_pages() -> Vec<String> {
    all_html_pages()
        .into_iter()
        .filter(|p| {
            let parts: Vec<&str> = p.split('/').collect();
            let i = parts.iter().position(|s| *s == "agreements");
            i.is_some_and(|i| parts.len() == i + 3)
        })
        .collect()
}

/// Correction 1: the theme's explanation of an agreement follows the instrument. It never says
/// that a transfer cannot shorten the sentence (ETS 112 Arts 10–12 allow adaptation, conversion,
/// pardon) and never tells the reader that the person "can ask", which is wrong for the
/// instruments that allow transfer without consent.
#[test]
fn no_agreement_page_says_the_sentence_cannot_be_shortened_or_that_the_person_asks() {
    let forbidden = [
        "does not cancel or shorten the sentence",
        "can ask to serve the sentence",
        "Il n’annule pas la peine et ne la réduit pas",
        "peut demander à purger sa peine",
        "Het schrapt de straf niet en maakt ze niet korter",
        "kan vragen om de straf uit te zitten",
        "Es hebt die Strafe nicht auf und verkürzt sie nicht",
        "kann beantragen, die Strafe",
        "ولا تلغي العقوبة ولا تخفّفها",
        "أن يطلب قضاء عقوبته",
        "វាមិនលុបចោល ឬកាត់បន្ថយទោសទេ",
        "អាចស្នើសុំទៅជាប់ទោស",
        "ມັນບໍ່ຍົກເລີກ ຫຼື ຫຼຸດຜ່ອນໂທດ",
        "ສາມາດຂໍໄປຮັບໂທດ",
    ];
    let pages = agreement_pages();
    assert!(pages.len() > 60, "{} agreement pages", pages.len());
    let mut statements = 0;
    for rel in &pages {
        let page = read(rel);
        for phrase in forbidden {
            assert!(!page.contains(phrase), "{rel} says: {phrase}");
        }
        let doc = scraper::Html::parse_document(&page);
        if !text(&doc, ".statement-route").is_empty() {
            statements += 1;
        }
    }
    assert!(statements > 50, "{statements} route statements read");
    // The English statement says what a transfer does to the sentence.
    let ets167 = html(
        "agreements/additional-protocol-to-the-convention-on-the-transfer-of-sentenced-persons/index.html",
    );
    let statement = text(&ets167, ".statement-route");
    assert!(statement.contains("adapt or convert"), "{statement}");
    assert!(!statement.contains("can ask"), "{statement}");
    // The consent sentence follows each instrument's data: the Additional Protocol (ETS 167)
    // allows transfer without consent, the Convention (ETS 112) requires it.
    assert!(
        statement.contains("without the sentenced person's consent"),
        "{statement}"
    );
    let ets112 = html(
        "agreements/council-of-europe-convention-on-the-transfer-of-sentenced-persons/index.html",
    );
    assert!(
        text(&ets112, ".statement-route").contains("must agree to the transfer"),
        "ETS 112 requires consent"
    );
    let data = json("data/agreements.json");
    for a in data["agreements"].as_array().unwrap() {
        if a["is_transfer_route"] == true {
            assert!(
                ["required", "not-required", "unknown"].contains(&a["consent"].as_str().unwrap()),
                "{}",
                a["id"]
            );
        }
    }
    // The consent wording exists in every language, for the data to choose.
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/i18n");
    for lang in ["en", "fr", "nl", "de", "ar", "km", "lo"] {
        let ftl = std::fs::read_to_string(i18n.join(format!("{lang}.ftl"))).unwrap();
        for key in [
            "agreement-consent-required =",
            "agreement-consent-not-required =",
            "agreement-consent-unknown =",
        ] {
            assert!(ftl.contains(key), "{lang}.ftl lacks {key}");
        }
    }
}

/// Correction 2: Thailand's minimum time served is four years or one third of the sentence
/// (Swiss federal press release on the Swiss–Thai treaty), never only "more than one third".
#[test]
fn thailands_rule_names_four_years_in_every_language() {
    let four = [
        ("en", "four years"),
        ("fr", "quatre ans"),
        ("nl", "vier jaar"),
        ("de", "vier Jahre"),
        ("ar", "أربع سنوات"),
        ("km", "បួនឆ្នាំ"),
        ("lo", "ສີ່ປີ"),
    ];
    let swiss = "admin.ch/cp/d/347083B4";
    for (english, langs) in [
        (
            "countries/thailand/index.html",
            &["en", "fr", "nl", "km", "lo"][..],
        ),
        (
            "guides/eligibility-checklist-can-a-transfer-be-considered/index.html",
            &["en", "fr", "nl", "de", "ar", "km", "lo"][..],
        ),
    ] {
        let pages = versions(english);
        assert_langs(&pages, langs);
        for (lang, rel) in pages {
            let words = four.iter().find(|(l, _)| *l == lang).unwrap().1;
            let body = main_text(&rel);
            assert!(body.contains(words), "{rel}: no '{words}'");
            let sources = attrs(&html(&rel), "section.sources a", "href");
            assert!(
                sources.iter().any(|h| h.contains(swiss)),
                "{rel} cites the Swiss press release"
            );
        }
    }
}

/// Correction 3: UK law lets the government recover the cost of a transfer, but also waive it
/// when the prisoner's means are insufficient, and no transfer waits for lack of funds.
#[test]
fn uk_costs_say_recovery_can_be_waived() {
    let pages = versions("guides/costs-and-timing/index.html");
    assert_langs(&pages, &["en", "fr", "nl", "km", "lo", "ar"]);
    for (_, rel) in &pages {
        let sources = attrs(&html(rel), "section.sources a", "href");
        for hansard in [
            "historic-hansard/commons/1984/jul/04/expenses",
            "historic-hansard/lords/1984/jul/19/commons-amendments",
        ] {
            assert!(
                sources.iter().any(|h| h.contains(hansard)),
                "{rel} cites {hansard}"
            );
        }
    }
    let en = main_text("guides/costs-and-timing/index.html");
    assert!(en.contains("means are not enough"), "{en}");
    assert!(en.contains("no transfer would be held up"), "{en}");
}

/// Correction 4: the Belgium–DR Congo convention is not presented as a transfer without consent;
/// the sources disagree and the page says so.
#[test]
fn belgium_dr_congo_says_the_sources_disagree_on_consent() {
    let pages = versions(
        "agreements/belgium-dr-congo-convention-on-the-transfer-of-sentenced-persons/index.html",
    );
    assert_langs(&pages, &["en", "fr", "nl"]);
    for (lang, rel) in &pages {
        let body = main_text(rel);
        let said = match lang.as_str() {
            "fr" => "qu’à la demande de la personne condamnée",
            "nl" => "alleen op verzoek van de veroordeelde",
            _ => "only at the request of the sentenced person",
        };
        assert!(body.contains(said), "{rel}: {said}");
        let sources = attrs(&html(rel), "section.sources a", "href");
        assert!(
            sources.iter().any(|h| h.contains("laprosperite.online")),
            "{rel} cites the Congolese Senate report"
        );
    }
}

/// Correction 5: the EU Framework Decision is not "all 27, never the Convention": Ireland
/// transposed it only in 2023, after case C-125/21, and kept the 1983 Convention for older
/// judgments.
#[test]
fn the_framework_decision_page_names_ireland_and_c_125_21() {
    let pages =
        versions("agreements/eu-framework-decision-2008-909-jha-on-prisoner-transfers/index.html");
    assert_langs(&pages, &["en", "fr", "nl"]);
    for (_, rel) in &pages {
        let body = main_text(rel);
        assert!(body.contains("C-125/21"), "{rel}");
        assert!(body.contains("2023"), "{rel}");
    }
    let agreements = json("data/agreements.json");
    let fd = agreements["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "eu-fd-2008-909")
        .unwrap();
    let ireland = fd["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["country"] == "IE")
        .unwrap();
    assert!(
        ireland["notes"].as_str().unwrap().contains("C-125/21"),
        "{ireland}"
    );
}

fn agreement(id: &str) -> serde_json::Value {
    json("data/agreements.json")["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no agreement {id}"))
        .clone()
}

/// Correction 6: dates the site called "not confirmed" that sources give.
#[test]
fn sourced_entry_into_force_dates_are_in_the_data() {
    for (id, date) in [
        ("be-hk-2006", "2009-04-15"),
        ("be-do-2009", "2014-06-01"),
        ("kh-vn-2016", "2020-10-01"),
    ] {
        let a = agreement(id);
        for p in a["parties"].as_array().unwrap() {
            assert_eq!(p["in_force"], date, "{id} {}", p["country"]);
            let notes = p["notes"].as_str().unwrap_or("");
            assert!(!notes.contains("inferred"), "{id}: {notes}");
        }
    }
    // ETS 167: every Party has its date from the chart; none is marked unverified. Russia keeps
    // "not confirmed" (whether it still applies the Protocol after 2022 is not verified), with
    // the chart's signature and ratification dates.
    let ets167 = agreement("coe-ets-167");
    let parties = ets167["parties"].as_array().unwrap();
    assert!(parties.len() >= 41, "{} parties", parties.len());
    for p in parties {
        if p["country"] == "RU" {
            assert_eq!(p["ratified"], "2007-08-28");
            assert_eq!(p["status"], "unknown", "{p}");
        } else {
            assert!(p["in_force"].is_string(), "{p}");
            assert_eq!(p["unverified"], false, "{p}");
        }
    }
}

/// Correction 7: the smaller points.
#[test]
fn the_smaller_corrections_hold() {
    // "91 such transfers" read as 91 transfers without consent: they are all outbound ones.
    for (_, rel) in versions("countries/belgium/index.html") {
        let body = main_text(&rel);
        assert!(body.contains("91"), "{rel}");
        for such in [
            "91 such",
            "91 transfèrements\nde ce type",
            "91 zulke",
            "91 solche",
            "من هذا النوع من بلجيكا",
        ] {
            assert!(!body.contains(such), "{rel}: {such}");
        }
    }
    assert!(
        main_text("countries/belgium/index.html")
            .contains("not only the ones made without consent")
    );
    // Cambodia's extradition treaties include Vietnam (signed 23 December 2013, in force
    // 9 October 2014), in every language, with the Vietnamese notice as source.
    let cambodia = versions("countries/cambodia/index.html");
    assert_langs(&cambodia, &["en", "fr", "nl", "km", "lo", "ar"]);
    for (_, rel) in &cambodia {
        let sources = attrs(&html(rel), "section.sources a", "href");
        assert!(
            sources.iter().any(|h| h.contains("71/2014") || h.contains("dan-do-giua-viet-nam-va-cam-pu-chia")),
            "{rel} cites the Vietnamese notice"
        );
    }
    assert!(main_text("countries/cambodia/index.html").contains("23 December 2013"));
    // The Ministry of Justice contact is sourced to the article that quotes the official.
    let doc = html("countries/cambodia/index.html");
    let sel = scraper::Selector::parse(".contact").unwrap();
    let moj = doc
        .select(&sel)
        .find(|c| c.text().collect::<String>().contains("Ministry of Justice"))
        .expect("the Ministry of Justice contact");
    let a = scraper::Selector::parse("a").unwrap();
    let links: Vec<&str> = moj
        .select(&a)
        .filter_map(|l| l.value().attr("href"))
        .collect();
    assert!(
        links.iter().any(|h| h.contains("prensa-latina.cu")),
        "{links:?}"
    );
    assert!(
        !links.iter().any(|h| h.contains("brusselstimes")),
        "{links:?}"
    );
    // French: "infraction", not "délit", for dual criminality.
    for (lang, rel) in
        versions("guides/eligibility-checklist-can-a-transfer-be-considered/index.html")
    {
        if lang == "fr" {
            let headings = text(&html(&rel), "main");
            assert!(!headings.contains("aussi un délit"), "{rel}");
            assert!(headings.contains("aussi une infraction"), "{rel}");
        }
    }
    // Dutch: commutation (strafvermindering) is not conversion (omzetting).
    for (lang, rel) in versions("guides/after-the-transfer-what-happens-to-the-sentence/index.html")
    {
        if lang == "nl" {
            let body = main_text(&rel);
            assert!(body.contains("strafvermindering"), "{rel}");
            assert!(!body.contains("(strafomzetting)"), "{rel}");
        }
    }
}

/// Phrases that state a status in the writer's own words (issue 21), per language.
const STATUS_PHRASES: &[&str] = &[
    "Status:",
    "not in force",
    "not yet in force",
    "in force since",
    "has been in force",
    "cannot yet be used",
    "cannot be used yet",
    "Signed only",
    "not confirmed by our sources",
    "listed as in force by",
    "appears to be operating",
    "Statut :",
    "pas en vigueur",
    "pas encore en vigueur",
    "en vigueur depuis",
    "non confirmée par nos sources",
    "Status: ",
    "niet in werking",
    "nog niet in werking",
    "in werking sinds",
    "niet bevestigd door onze bronnen",
    "Stand:",
    "nicht in Kraft",
    "in Kraft seit",
    "الحالة:",
    "غير نافذة",
    "نافذة منذ",
    "ونافذة منذ",
    "ស្ថានភាព៖",
    "មិនទាន់ចូលជាធរមាន",
    "ສະຖານະ:",
    "ຍັງບໍ່ທັນມີຜົນສັກສິດ",
];

/// Issue 21: no agreement description and no agreement body restates a status by hand.
#[test]
fn no_agreement_description_or_body_states_a_status_by_hand() {
    let pages = agreement_pages();
    for rel in &pages {
        let doc = html(rel);
        let description = attrs(&doc, "meta[name=description]", "content").join(" ");
        let body = text(&doc, ".content");
        for phrase in STATUS_PHRASES {
            assert!(
                !description.contains(phrase),
                "{rel}: description says '{phrase}': {description}"
            );
            assert!(!body.contains(phrase), "{rel}: body says '{phrase}'");
        }
    }
    // Nor the home, country, news and guide pages about Belgium–Cambodia.
    for rel in all_html_pages() {
        let top = rel.split('/').find(|s| s.len() > 2).unwrap_or("");
        if !["index.html", "countries", "news", "guides"].contains(&top) && rel.contains('/') {
            continue;
        }
        let doc = html(&rel);
        let body = text(&doc, ".content");
        for phrase in [
            "signed, not yet in force",
            "Signed only, not in force",
            "signé, pas\n   encore en vigueur",
            "Seulement signé, pas en vigueur",
            "ondertekend, maar nog niet in werking",
            "unterzeichnet, aber noch nicht in Kraft",
            "موقّعة، لكنها غير نافذة بعد",
        ] {
            assert!(!body.contains(phrase), "{rel}: '{phrase}'");
        }
    }
}

/// Issue 22: the new guide sections exist in every language that has the guide, each sourced.
#[test]
fn the_new_guide_sections_exist_in_every_language() {
    let how = versions("guides/how-to-ask-for-a-transfer-step-by-step/index.html");
    assert_langs(&how, &["en", "fr", "nl", "de", "ar", "km", "lo"]);
    for (_, rel) in &how {
        let doc = html(rel);
        let headings = attrs(&doc, ".content h2", "id");
        assert!(headings.len() >= 11, "{rel}: {} sections", headings.len());
        let sources = attrs(&doc, "section.sources a", "href");
        for source in [
            "justice.gov/criminal-oia/what-prisoners-and-families-can-do",
            "prisonersabroad.org.uk",
            "fairtrials.org",
            "fam.state.gov",
            "laos-legal-and-prison-systems",
        ] {
            assert!(
                sources.iter().any(|h| h.contains(source)),
                "{rel} cites {source}"
            );
        }
        // The FCDO's number is given where the family can act on it.
        assert!(text(&doc, ".content").contains("7008 5000"), "{rel}");
    }
    let sheet = versions("guides/tracking-sheet-for-a-transfer-request/index.html");
    assert_langs(&sheet, &["en", "fr", "nl", "ar", "km", "lo"]);
    for (_, rel) in &sheet {
        let doc = html(rel);
        let rows = scraper::Selector::parse(".content table:first-of-type tbody tr").unwrap();
        let n = doc.select(&rows).count();
        assert!(n >= 14, "{rel}: {n} rows in the key table");
        let sources = attrs(&doc, "section.sources a", "href");
        assert!(
            sources
                .iter()
                .any(|h| h.contains("what-prisoners-and-families-can-do")),
            "{rel}: the consent row is sourced"
        );
    }
}
