//! The corpus of broken sites (`tests/broken/*`) and other hostile input: every mistake gives
//! exactly the expected diagnostic (code, file, line), `check` exits with the documented codes,
//! and accepted oddities (byte-order marks, CRLF) stay accepted.

mod common;

use std::path::Path;

use common::Site;

/// Lays a broken case over the fixture, as documented in tests/broken/README.md.
fn broken_site(case: &Path) -> Site {
    let site = Site::fixture("i18n");
    for entry in walkdir::WalkDir::new(case).into_iter().flatten() {
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(case)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(entry.path()).unwrap();
        let config = site.root().join("site.toml");
        match rel.as_str() {
            "expected.txt" => {}
            "site.toml.append" => {
                let mut text = std::fs::read(&config).unwrap();
                text.extend(bytes);
                std::fs::write(&config, text).unwrap();
            }
            "site.toml.prepend" => {
                let mut text = bytes;
                text.extend(std::fs::read(&config).unwrap());
                std::fs::write(&config, text).unwrap();
            }
            _ => {
                let target = site.root().join(&rel);
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::write(target, bytes).unwrap();
            }
        }
    }
    site
}

fn json_diagnostics(out: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

#[test]
fn every_broken_site_gives_exactly_its_expected_diagnostic() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut cases: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected: Vec<String> = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|_| panic!("{name} has no expected.txt"))
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        let site = broken_site(case);
        let out = site.run(&["check", "--format", "json"]);
        let actual: Vec<String> = json_diagnostics(&out)
            .iter()
            .filter(|d| d["severity"] == "error")
            .map(|d| {
                for field in ["code", "message", "help"] {
                    assert!(
                        d[field].as_str().is_some_and(|s| !s.is_empty()),
                        "{name}: diagnostic without {field}: {d}"
                    );
                }
                let line = d["line"]
                    .as_u64()
                    .map_or("-".to_string(), |l| l.to_string());
                format!(
                    "{} {} {}",
                    d["code"].as_str().unwrap(),
                    d["file"].as_str().unwrap_or("-"),
                    line
                )
            })
            .collect();
        if actual != expected {
            failures.push(format!("{name}: expected {expected:?}, got {actual:?}"));
        }
        if out.status.code() != Some(1) {
            failures.push(format!(
                "{name}: exit code {:?}, expected 1",
                out.status.code()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn human_format_shows_place_caret_and_help() {
    let site = broken_site(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken/unknown-key"));
    let out = site.run(&["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error[E0103]: unknown front-matter key `descripton`"),
        "{stderr}"
    );
    assert!(stderr.contains("--> content/about.md:3:1"), "{stderr}");
    assert!(stderr.contains("3 | descripton = \"typo\""), "{stderr}");
    assert!(stderr.contains("^^^^^"), "{stderr}");
    assert!(
        stderr.contains("help: did you mean `description`?"),
        "{stderr}"
    );
    assert!(stderr.contains("1 error, 0 warnings"), "{stderr}");
}

#[test]
fn check_reports_every_problem_at_once_and_writes_nothing() {
    let site = Site::fixture("i18n");
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\ntitel = \"x\"\n+++\n",
    );
    site.write(
        "content/news/consultations.md",
        "+++\ntitle = \"C\"\ndate = 2024-02-07\n+++\n[x](@/nowhere.md)\n",
    );
    site.write(
        "content/guides/steps.md",
        "+++\ntitle = \"S\"\n+++\n<script>x()</script>\n",
    );
    let out = site.run(&["check", "--format", "json"]);
    let codes: Vec<String> = json_diagnostics(&out)
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    for code in ["E0103", "E0140", "E0302"] {
        assert!(codes.contains(&code.to_string()), "{codes:?}");
    }
    assert!(!site.public().exists(), "check never writes");
}

#[test]
fn exit_codes_distinguish_clean_content_errors_and_usage() {
    let site = Site::fixture("i18n");
    assert_eq!(site.run(&["check"]).status.code(), Some(0));
    let empty = tempfile::tempdir().unwrap();
    let out = common::homeward()
        .args(["check", "--root", empty.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "no site.toml is an environment error"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("E0001"));
    let out = common::homeward()
        .args(["check", "--no-such-flag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\nslug = \"a/b\"\n+++\n",
    );
    assert_eq!(site.run(&["check"]).status.code(), Some(1));
}

#[test]
fn warnings_fail_only_when_denied() {
    let site = Site::fixture("i18n");
    let stale = std::fs::read_to_string(site.root().join("content/agreements/be-kh.md"))
        .unwrap()
        .replace(
            "checked = 2026-11-22\nsource",
            "checked = 2020-01-01\nsource",
        );
    site.write("content/agreements/be-kh.md", &stale);
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let d = json_diagnostics(&out);
    assert!(
        d.iter()
            .any(|d| d["code"] == "W0001" && d["severity"] == "warning"),
        "{d:?}"
    );
    assert_eq!(
        site.run(&["check", "--deny-warnings"]).status.code(),
        Some(1)
    );
}

#[test]
fn a_translation_gives_the_originals_data_texts_in_its_words_until_the_original_changes() {
    let site = Site::fixture("i18n");
    let translation = "+++\ntitle = \"Traité Belgique–Cambodge\"\n\n[[texts]]\noriginal = \"Phnom Penh\"\ntext = \"Phnom Penh (Cambodge)\"\n+++\nSigné, pas en vigueur.\n";
    site.write("content/agreements/be-kh.fr.md", translation);
    site.build();
    let place = |rel: &str| -> Vec<(String, Option<String>)> {
        let html = std::fs::read_to_string(site.public().join(rel)).unwrap();
        let doc = scraper::Html::parse_document(&html);
        let sel = scraper::Selector::parse("section.facts dd > time + span").unwrap();
        doc.select(&sel)
            .map(|e| {
                (
                    e.text().collect::<String>(),
                    e.value().attr("lang").map(str::to_string),
                )
            })
            .collect()
    };
    let fr = walkdir::WalkDir::new(site.public().join("fr/agreements"))
        .into_iter()
        .flatten()
        .find(|e| e.path().to_string_lossy().contains("belgique") && e.file_name() == "index.html")
        .expect("the French page of the treaty");
    let fr = fr
        .path()
        .strip_prefix(site.public())
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(place(&fr), [("Phnom Penh (Cambodge)".to_string(), None)]);
    // A German page, with no translation of its own, shows the original's words, marked English.
    let de = fr.replacen("fr/", "de/", 1);
    if site.public().join(&de).is_file() {
        assert_eq!(
            place(&de),
            [("Phnom Penh".to_string(), Some("en".to_string()))]
        );
    }
    // The original is reworded: the translation is now of words it no longer has.
    let original = std::fs::read_to_string(site.root().join("content/agreements/be-kh.md"))
        .unwrap()
        .replace(
            "signed_place = \"Phnom Penh\"",
            "signed_place = \"Phnom Penh, Cambodia\"",
        );
    site.write("content/agreements/be-kh.md", &original);
    let out = site.run(&["check", "--format", "json"]);
    let d = json_diagnostics(&out);
    let stale = d
        .iter()
        .find(|d| d["code"] == "W0004")
        .unwrap_or_else(|| panic!("{d:?}"));
    assert_eq!(stale["severity"], "warning");
    assert_eq!(stale["file"], "content/agreements/be-kh.fr.md");
    assert_eq!(stale["line"], 5);
    assert!(
        stale["help"]
            .as_str()
            .unwrap()
            .contains("Phnom Penh, Cambodia"),
        "{stale}"
    );
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
}

#[test]
fn byte_order_mark_and_crlf_are_accepted() {
    let site = Site::fixture("i18n");
    site.write(
        "content/about.md",
        "\u{feff}+++\r\ntitle = \"About\"\r\n+++\r\nWindows text.\r\n\r\n## A heading\r\n",
    );
    site.build();
    let html = site.read("about/index.html");
    assert!(html.contains("Windows text."));
    assert!(html.contains("id=\"a-heading\""));
}

#[test]
fn symlink_loops_are_reported_not_followed_forever() {
    let site = Site::fixture("i18n");
    std::os::unix::fs::symlink(
        site.root().join("content"),
        site.root().join("content/guides/loop"),
    )
    .unwrap();
    let out = site.run(&["check", "--format", "json"]);
    let d = json_diagnostics(&out);
    assert!(d.iter().any(|d| d["code"] == "E0120"), "{d:?}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn editor_temporary_files_are_ignored() {
    let site = Site::fixture("i18n");
    site.write("content/.about.md.swp", "\0\0binary");
    site.write("content/about.md~", "+++\nbroken");
    site.write("content/#about.md#", "junk");
    assert_eq!(site.run(&["check"]).status.code(), Some(0));
}

#[test]
fn raw_html_is_allowed_when_safe_and_scripts_only_when_opted_in() {
    let site = Site::fixture("i18n");
    site.write("content/about.md", "+++\ntitle = \"About\"\n+++\n<p dir=\"rtl\" lang=\"ar\">نص</p>\n\n<script>track()</script>\n");
    assert_eq!(site.run(&["check"]).status.code(), Some(1));
    let config = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write("site.toml", &format!("allow_unsafe_html = true\n{config}"));
    site.build();
    let html = site.read("about/index.html");
    assert!(html.contains("<p dir=\"rtl\" lang=\"ar\">نص</p>"));
    assert!(html.contains("<script>track()</script>"));
}

/// A tiny web server on loopback: `/ok` answers 200, anything else 404, HEAD refused with 405
/// on `/get-only` (which then answers a GET with 200).
fn link_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        use std::io::{BufRead, BufReader, Write};
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
            }
            let status = match (
                request.split_whitespace().next(),
                request.split_whitespace().nth(1),
            ) {
                (_, Some("/ok")) => "200 OK",
                (Some("HEAD"), Some("/get-only")) => "405 Method Not Allowed",
                (Some("GET"), Some("/get-only")) => "200 OK",
                _ => "404 Not Found",
            };
            let mut stream = stream;
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    address
}

#[test]
fn external_links_are_checked_only_when_asked() {
    let address = link_server();
    let site = Site::fixture("i18n");
    site.write(
        "content/about.md",
        &format!(
            "+++\ntitle = \"About\"\n[[sources]]\ntitle = \"Gone source\"\nurl = \"http://{address}/gone-source\"\n+++\nIntro.\n\n[fine](http://{address}/ok) and [gone](http://{address}/gone) and [head refused](http://{address}/get-only) and [closed](http://127.0.0.1:1/x)\n"
        ),
    );
    // Without the flag: no request, no warning.
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(json_diagnostics(&out).is_empty());
    let out = site.run(&["check", "--external-links", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "broken links are warnings");
    let d = json_diagnostics(&out);
    let found: Vec<(String, u64)> = d
        .iter()
        .filter(|d| d["code"] == "W0101")
        .map(|d| {
            (
                d["message"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(found.len(), 2, "{d:?}");
    assert!(
        found
            .iter()
            .any(|(m, l)| m.contains("/gone answers HTTP 404") && *l == 9),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(m, l)| m.contains("/gone-source answers HTTP 404") && *l == 5),
        "{found:?}"
    );
    assert!(
        !d.iter()
            .any(|d| d["message"].as_str().unwrap().contains("/ok"))
    );
    assert!(
        !d.iter()
            .any(|d| d["message"].as_str().unwrap().contains("/get-only"))
    );
    assert_eq!(
        site.run(&["check", "--external-links", "--deny-warnings"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn a_page_nobody_can_reach_is_a_warning() {
    let site = Site::fixture("i18n");
    site.write(
        "content/hidden/lost.md",
        "+++\ntitle = \"Lost\"\n+++\nNobody links here.\n",
    );
    site.write(
        "content/hidden/found.md",
        "+++\ntitle = \"Found\"\n+++\nLinked from about.\n",
    );
    let about = std::fs::read_to_string(site.root().join("content/about.md")).unwrap();
    site.write(
        "content/about.md",
        &format!("{about}\nSee [found](@/hidden/found.md).\n"),
    );
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "a warning, not an error");
    let warned: Vec<String> = json_diagnostics(&out)
        .iter()
        .filter(|d| d["code"] == "W0003")
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(warned, ["content/hidden/lost.md"]);
}

/// A stray dot after a link's host (it once slipped into the shipped content as
/// `news.belgium.be./`) is a warning at the link itself, in a source and in a body, with the
/// corrected address; it fails only `--deny-warnings`, as the other link warnings do.
#[test]
fn a_dot_after_a_links_host_is_a_warning_at_the_link() {
    let site = Site::fixture("i18n");
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n\n[[sources]]\ntitle = \"Press release\"\nurl = \"https://news.belgium.be./fr/node/9688\"\n+++\nIntro.\n\nSee [the treaty](https://www.etaamb.be./fr/loi) and [a sound one](https://news.belgium.be/fr/node/1).\n",
    );
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "a warning does not fail check");
    let found: Vec<String> = json_diagnostics(&out)
        .iter()
        .filter(|d| d["code"] == "W0103")
        .map(|d| {
            assert_eq!(d["severity"], "warning");
            format!(
                "{} {} {}",
                d["file"].as_str().unwrap(),
                d["line"],
                d["help"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            "content/about.md 6 remove the dot: `https://news.belgium.be/fr/node/9688`",
            "content/about.md 10 remove the dot: `https://www.etaamb.be/fr/loi`",
        ]
    );
    let strict = site.run(&["check", "--deny-warnings"]);
    assert_eq!(strict.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&strict.stderr);
    assert!(
        stderr.contains("warning[W0103]: the host `news.belgium.be.`"),
        "{stderr}"
    );
    assert!(stderr.contains("--> content/about.md:6:"), "{stderr}");
}

/// A private file outside the site (as `/etc/passwd` or a key in a home folder would be).
fn secret_outside() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("id_rsa");
    std::fs::write(&secret, "PRIVATE-KEY-MATERIAL-7f3a").unwrap();
    (dir, secret)
}

/// Every file the output folder holds, as text, to look for a leaked secret.
fn output_text(site: &Site) -> String {
    let mut all = String::new();
    for e in walkdir::WalkDir::new(site.public()).into_iter().flatten() {
        if e.file_type().is_file() {
            all.push_str(&String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()));
        }
    }
    all
}

/// A link in content/, static/, templates/ or the theme that leads out of the site root is an
/// error naming the link and its target; nothing of the target is published, and the previous
/// output stays as it was.
#[test]
fn links_out_of_the_site_are_refused_and_nothing_leaks() {
    let (_outside, secret) = secret_outside();
    let folder_outside = secret.parent().unwrap().to_path_buf();
    let links: [(&str, &std::path::Path); 5] = [
        ("content/guides/passwd.txt", &secret),
        ("static/x", &secret),
        ("content/linked", &folder_outside),
        ("templates", &folder_outside),
        ("themes/default/static/key.css", &secret),
    ];
    for (link, target) in links {
        let site = Site::fixture("i18n");
        site.build();
        let before = site.read("index.html");
        let at = site.root().join(link);
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, &at).unwrap();
        let out = site.run(&["build", "--format", "json"]);
        let d = json_diagnostics(&out);
        let errors: Vec<_> = d.iter().filter(|d| d["severity"] == "error").collect();
        assert_eq!(errors.len(), 1, "{link}: {d:?}");
        assert_eq!(errors[0]["code"], "E0124", "{link}: {d:?}");
        assert_eq!(errors[0]["file"], link, "{link}: {d:?}");
        let message = errors[0]["message"].as_str().unwrap();
        assert!(message.contains(&target.display().to_string()), "{message}");
        assert!(
            errors[0]["help"]
                .as_str()
                .unwrap()
                .contains("copy the file")
        );
        assert_eq!(out.status.code(), Some(1), "{link}");
        assert_eq!(
            site.read("index.html"),
            before,
            "{link}: the previous site is intact"
        );
        assert!(
            !output_text(&site).contains("PRIVATE-KEY-MATERIAL"),
            "{link}: leaked"
        );
    }
}

/// Links that stay inside the site root keep working, for files and folders.
#[test]
fn links_inside_the_site_still_work() {
    let site = Site::fixture("i18n");
    site.write("shared/leaflet.txt", "a leaflet");
    site.write("shared/pictures/map.txt", "a map");
    std::os::unix::fs::symlink(
        site.root().join("shared/leaflet.txt"),
        site.root().join("content/guides/leaflet.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../shared/pictures", site.root().join("content/pictures")).unwrap();
    site.build();
    assert_eq!(site.read("guides/leaflet.txt"), "a leaflet");
    assert_eq!(site.read("pictures/map.txt"), "a map");
}

/// Raw HTML that looks dangerous but is not markup (CommonMark does not read these as tags,
/// so they are published as escaped text) is accepted, and nothing executable comes out.
#[test]
fn lookalike_vectors_that_are_not_tags_are_published_as_text() {
    let site = Site::fixture("i18n");
    site.write(
        "content/about.md",
        "+++\ntitle = \"About\"\n+++\n<IMG SRC=JaVaScRiPt:alert('XSS')>\n\n<svg/onload=alert('XSS')>\n\n<img src=\"x\" alt=\"x\"/onerror=alert(1)>\n",
    );
    site.build();
    let html = site.read("about/index.html");
    assert!(html.contains("&lt;svg/onload=alert("), "{html}");
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse("main svg, main img[onerror], main img[src^=JaVa]").unwrap();
    assert_eq!(doc.select(&sel).count(), 0);
}
