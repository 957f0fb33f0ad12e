//! Publishing, through the real binary: `_headers` and `_redirects` written by `build` from the
//! pages it wrote (a template's new inline script gets its hash without anyone editing a
//! header), `[publish]`, `[redirects]` and `[feedback]` in site.toml, the report link on every
//! page, and `server-config`.

mod common;

use common::Site;
use homeward::publish::csp::hash;
use homeward::publish::headers::parse_headers;

fn csp_of(site: &Site) -> String {
    let text = site.read("_headers");
    let rules = parse_headers(&text).unwrap_or_else(|e| panic!("{e:?}\n{text}"));
    assert_eq!(rules[0].path, "/*");
    rules[0]
        .headers
        .iter()
        .find(|(n, _)| n == "Content-Security-Policy")
        .map(|(_, v)| v.clone())
        .expect("a CSP for every path")
}

fn codes(out: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|d| format!("{} {}", d["code"].as_str().unwrap_or(""), d["line"]))
        .collect()
}

#[test]
fn build_writes_headers_for_what_the_pages_load_and_a_new_inline_script_gets_its_hash() {
    let site = Site::fixture("i18n");
    site.build();
    let csp = csp_of(&site);
    assert_eq!(
        csp,
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    );
    let rules = parse_headers(&site.read("_headers")).unwrap();
    let immutable: Vec<&str> = rules
        .iter()
        .filter(|r| r.headers.iter().any(|(_, v)| v.contains("immutable")))
        .map(|r| r.path.as_str())
        .collect();
    assert_eq!(
        immutable.len(),
        2,
        "the stylesheet and the script: {immutable:?}"
    );
    for path in &immutable {
        assert!(site.public().join(&path[1..]).is_file(), "{path} exists");
    }
    // A site override of the base template adds an inline script and an inline style.
    let base =
        std::fs::read_to_string(site.root().join("themes/default/templates/base.html")).unwrap();
    let changed = base.replace(
        "</head>",
        "<script>document.documentElement.className='js'</script><style>p{margin:0}</style></head>",
    );
    site.write("templates/base.html", &changed);
    site.build();
    let csp = csp_of(&site);
    let script = hash("document.documentElement.className='js'");
    let style = hash("p{margin:0}");
    assert!(
        csp.contains(&format!("script-src 'self' {script}")),
        "{csp}"
    );
    assert!(csp.contains(&format!("style-src 'self' {style}")), "{csp}");
    assert!(!csp.contains("unsafe-inline"));
}

#[test]
fn redirects_and_language_404s_for_static_hosts_and_host_files_can_be_turned_off() {
    let site = Site::fixture("i18n");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[redirects]\n\"/guides/old-name/\" = \"/guides/\"\n"),
    );
    site.build();
    let redirects = site.read("_redirects");
    let lines: Vec<&str> = redirects.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        lines,
        [
            "/guides/old-name/ /guides/ 301",
            "/ar/* /ar/404.html 404",
            "/fr/* /fr/404.html 404"
        ]
    );
    site.write(
        "site.toml",
        &format!("{toml}\n[publish]\nhost_files = false\n"),
    );
    site.build();
    assert!(!site.public().join("_headers").exists());
    assert!(!site.public().join("_redirects").exists());
}

#[test]
fn every_page_offers_to_report_a_mistake_with_its_address_and_language() {
    let site = Site::fixture("i18n");
    site.build();
    for (file, canonical, lang) in [
        ("index.html", "https://fixture.example.org/", "en"),
        ("fr/index.html", "https://fixture.example.org/fr/", "fr"),
        ("ar/index.html", "https://fixture.example.org/ar/", "ar"),
    ] {
        let doc = site.html(file);
        let links = common::attrs(&doc, "p.feedback a", "href");
        assert_eq!(links.len(), 1, "{file}");
        let subject = links[0]
            .split("subject=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap();
        let wanted = homeward::publish::feedback::encode(&format!(" {canonical} ({lang})"));
        assert!(links[0].starts_with("mailto:corrections@fixture.example.org?subject="));
        assert!(subject.ends_with(&wanted), "{file}: {subject}");
    }
    assert_eq!(
        common::text(&site.html("fr/index.html"), "p.feedback a"),
        "Une erreur sur cette page ?"
    );
}

#[test]
fn check_warns_without_feedback_accepts_pending_and_refuses_a_bad_address() {
    let site = Site::fixture("i18n");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    let without = toml
        .split("\n# A fixture address")
        .next()
        .unwrap()
        .to_string();
    site.write("site.toml", &without);
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(codes(&out), ["W0201 null"]);
    assert_eq!(
        site.run(&["check", "--deny-warnings"]).status.code(),
        Some(1)
    );
    site.build();
    assert!(
        site.html("index.html")
            .select(&scraper::Selector::parse("p.feedback").unwrap())
            .next()
            .is_none()
    );
    site.write(
        "site.toml",
        &format!("{without}\n[feedback]\npending = \"nobody answers yet\"\n"),
    );
    assert_eq!(
        site.run(&["check", "--deny-warnings"]).status.code(),
        Some(0)
    );
    site.write(
        "site.toml",
        &format!("{without}\n[feedback]\nemail = \"not an address\"\n"),
    );
    let line = without.lines().count() + 3;
    let out = site.run(&["check", "--format", "json"]);
    assert_eq!(codes(&out), [format!("E0021 {line}")]);
    site.write(
        "site.toml",
        &format!("{without}\n[feedback]\nemail = \"a@b.org\"\nurl = \"https://b.org/\"\n"),
    );
    assert!(codes(&site.run(&["check", "--format", "json"]))[0].starts_with("E0020 "));
}

#[test]
fn server_config_reads_the_built_site_and_refuses_without_one() {
    let site = Site::fixture("i18n");
    let out = site.run(&["server-config", "nginx"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("E0702") && err.contains("help:"), "{err}");
    site.build();
    for server in ["nginx", "apache", "caddy"] {
        let out = site.run(&["server-config", server]);
        assert!(out.status.success(), "{server}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(&csp_of(&site)),
            "{server}: the same CSP as _headers"
        );
        assert!(
            text.contains("/fr/404.html") && text.contains("/ar/404.html"),
            "{server}"
        );
        assert!(
            text.contains(".homeward-output"),
            "{server}: the marker is not published"
        );
    }
}

#[test]
fn a_redirect_that_would_hide_a_page_is_an_error_and_one_to_nowhere_a_warning() {
    let site = Site::fixture("i18n");
    let toml = std::fs::read_to_string(site.root().join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[redirects]\n\"/fr/\" = \"/\"\n\"/gone/\" = \"/nowhere/\"\n"),
    );
    let out = site.run(&["check", "--format", "json"]);
    let line = toml.lines().count() + 3;
    assert_eq!(
        codes(&out),
        [format!("E0023 {line}"), format!("W0202 {}", line + 1)]
    );
    assert_eq!(out.status.code(), Some(1));
    let out = site.run(&["build"]);
    assert_eq!(out.status.code(), Some(1), "nothing written");
    assert!(!site.public().exists());
}
