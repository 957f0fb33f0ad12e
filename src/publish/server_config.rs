//! `homeward server-config`: ready-to-use configuration for nginx, Apache (`.htaccess`) and
//! Caddy, made from the built site's [`SiteFacts`], so each server gives the per-language 404
//! pages, the pre-compressed copies, the caching, the UTF-8 content types, the redirects and the
//! security headers the static hosts get from `_headers` and `_redirects`.

use std::fmt::Write;

use super::headers::{IMMUTABLE, REVALIDATE, security_headers};
use super::{PRIVATE_FILES, SiteFacts};

/// The servers a configuration can be printed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Server {
    /// An nginx `server { }` block.
    Nginx,
    /// An Apache `.htaccess` for the site's root folder.
    Apache,
    /// A Caddyfile site block.
    Caddy,
}

/// Where the configuration points.
#[derive(Debug, Clone)]
pub struct Target {
    /// The folder the server serves, as the server sees it (absolute).
    pub docroot: String,
    /// nginx `listen` / Caddy site address; `None` for the defaults (port 80 for nginx, the
    /// site's host name, with automatic HTTPS, for Caddy).
    pub listen: Option<String>,
}

/// The text types the site serves, with their UTF-8 content types (shared by all servers).
const TEXT_TYPES: &[(&str, &str)] = &[
    ("html", "text/html; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("json", "application/json; charset=utf-8"),
    ("xml", "application/xml; charset=utf-8"),
    ("svg", "image/svg+xml; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
    ("txt", "text/plain; charset=utf-8"),
];

/// The configuration text for `server`.
pub fn generate(server: Server, facts: &SiteFacts, target: &Target) -> String {
    match server {
        Server::Nginx => nginx(facts, target),
        Server::Apache => apache(facts),
        Server::Caddy => caddy(facts, target),
    }
}

fn preamble(comment: &str, server: &str, facts: &SiteFacts) -> String {
    format!(
        "{comment} Written by `homeward server-config {server}` for {host}.\n{comment} Regenerate it after every theme change: the Content-Security-Policy lists exactly what\n{comment} the built pages load, with the hashes of their inline scripts and styles.\n{comment} HSTS is {hsts} (`[publish] hsts` in site.toml).\n",
        host = facts.host,
        hsts = if facts.hsts {
            "on"
        } else {
            "off: turn it on only once HTTPS works for good"
        },
    )
}

fn nginx_headers(facts: &SiteFacts, cache: &str, indent: &str) -> String {
    let mut s = String::new();
    for (name, value) in security_headers(facts) {
        let _ = writeln!(s, "{indent}add_header {name} \"{value}\" always;");
    }
    let _ = writeln!(s, "{indent}add_header Cache-Control \"{cache}\" always;");
    s
}

fn nginx(facts: &SiteFacts, target: &Target) -> String {
    let mut s = preamble("#", "nginx", facts);
    s.push_str("# Needs ngx_http_gzip_static_module (built in) and, for .br, Debian's\n# libnginx-mod-http-brotli-static. Serve it inside your https server block.\n");
    let listen = target.listen.as_deref().unwrap_or("80");
    let _ = write!(
        s,
        "server {{\n    listen {listen};\n    server_name {host};\n    root \"{root}\";\n    index index.html;\n    absolute_redirect off;\n    server_tokens off;\n    charset utf-8;\n",
        host = facts.host,
        root = target.docroot,
    );
    s.push_str("    types {\n");
    for (ext, ty) in TEXT_TYPES {
        let _ = writeln!(s, "        {} {ext};", ty.split(';').next().unwrap_or(ty));
    }
    s.push_str("        image/png png;\n        image/jpeg jpg jpeg;\n        image/webp webp;\n        image/x-icon ico;\n        font/woff2 woff2;\n        application/pdf pdf;\n    }\n    default_type application/octet-stream;\n");
    s.push_str("    charset_types text/css text/plain text/csv text/javascript application/json application/xml image/svg+xml;\n");
    s.push_str("    gzip_static on;\n    gzip_vary on;\n    brotli_static on;\n    error_page 404 /404.html;\n");
    s.push_str("    # A feed is Atom, not any XML.\n    location ~ \"/atom\\.xml$\" {\n        types { } default_type \"application/atom+xml; charset=utf-8\";\n");
    s.push_str(&nginx_headers(facts, REVALIDATE, "        "));
    s.push_str("    }\n    # Bookkeeping files in the output folder are not for readers.\n");
    for f in PRIVATE_FILES {
        let _ = writeln!(s, "    location = /{f} {{ return 404; }}");
    }
    for r in &facts.redirects {
        let _ = writeln!(
            s,
            "    location = {} {{ return 301 {}; }}",
            nginx_quote(&r.from),
            nginx_quote(&r.to)
        );
    }
    s.push_str("    # Theme assets carry their content hash in their name: cached for a year.\n    location ~ \"\\.[0-9a-f]{8}\\.(css|js)$\" {\n");
    s.push_str(&nginx_headers(facts, IMMUTABLE, "        "));
    s.push_str("    }\n");
    for (prefix, page) in &facts.not_found {
        let _ = write!(
            s,
            "    location {prefix} {{\n        # A folder without an index page is missing, not forbidden.\n        error_page 404 {page};\n        error_page 403 =404 {page};\n        try_files $uri $uri/ =404;\n{}    }}\n",
            nginx_headers(facts, REVALIDATE, "        ")
        );
    }
    s.push_str("}\n");
    s
}

/// Quotes a path for nginx when it holds anything but plain URL characters.
fn nginx_quote(path: &str) -> String {
    if path
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-._~%:".contains(&b))
    {
        path.to_string()
    } else {
        format!("\"{}\"", path.replace('"', "\\\""))
    }
}

fn regex_escape(path: &str) -> String {
    let mut out = String::new();
    for c in path.chars() {
        if "\\.+*?()|[]{}^$#\"".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn apache(facts: &SiteFacts) -> String {
    let mut s = preamble("#", "apache", facts);
    s.push_str("# An .htaccess for the site's root folder (AllowOverride All), or the body of its\n# <Directory>. Needs mod_rewrite, mod_headers, mod_mime and mod_dir.\n");
    s.push_str(
        "Options -Indexes -MultiViews\nDirectoryIndex index.html\nAddDefaultCharset utf-8\n",
    );
    for (ext, ty) in TEXT_TYPES {
        let _ = writeln!(s, "AddType \"{ty}\" .{ext}");
    }
    s.push_str("<FilesMatch \"^atom\\.xml$\">\n    ForceType \"application/atom+xml; charset=utf-8\"\n</FilesMatch>\n");
    s.push_str("# Missing pages: each language's own 404 page.\nErrorDocument 404 /404.html\n");
    for (prefix, page) in facts.not_found.iter().filter(|(p, _)| p != "/") {
        let _ = writeln!(
            s,
            "<If \"%{{REQUEST_URI}} =~ m#^{}#\">\n    ErrorDocument 404 {page}\n</If>",
            regex_escape(prefix)
        );
    }
    s.push_str("RewriteEngine On\n# Bookkeeping files in the output folder are not for readers.\n");
    let private: Vec<String> = PRIVATE_FILES.iter().map(|f| regex_escape(f)).collect();
    let _ = writeln!(s, "RewriteRule \"^({})$\" - [R=404,L]", private.join("|"));
    for r in &facts.redirects {
        let _ = writeln!(
            s,
            "RewriteRule \"^{}$\" \"{}\" [R=301,L]",
            regex_escape(r.from.trim_start_matches('/')),
            r.to
        );
    }
    s.push_str("# A folder without an index page is missing, not forbidden.\nRewriteCond \"%{REQUEST_FILENAME}\" -d\nRewriteCond \"%{REQUEST_FILENAME}/index.html\" !-f\nRewriteRule ^ - [R=404,L]\n");
    s.push_str(APACHE_PRECOMPRESSED);
    s.push_str("<IfModule mod_headers.c>\n");
    for (name, value) in security_headers(facts) {
        let _ = writeln!(s, "    Header always set {name} \"{value}\"");
    }
    let _ = writeln!(s, "    Header always set Cache-Control \"{REVALIDATE}\"");
    let _ = writeln!(
        s,
        "    <FilesMatch \"\\.[0-9a-f]{{8}}\\.(css|js)(\\.br|\\.gz)?$\">\n        Header always set Cache-Control \"{IMMUTABLE}\"\n    </FilesMatch>"
    );
    s.push_str("</IfModule>\n");
    s
}

/// Serves `x.html.br` / `x.html.gz` for `x.html` when the browser accepts them and the copy
/// exists, with the original's type, `Content-Encoding` and `Vary`.
const APACHE_PRECOMPRESSED: &str = r#"# Pre-compressed copies (homeward build --compress): .br, else .gz, when accepted.
RewriteCond "%{HTTP:Accept-Encoding}" "br"
RewriteCond "%{REQUEST_FILENAME}\.br" -f
RewriteRule "^(.+\.(html|css|js|json|xml|svg|csv|txt))$" "$1.br" [L]
RewriteCond "%{HTTP:Accept-Encoding}" "gzip"
RewriteCond "%{REQUEST_FILENAME}\.gz" -f
RewriteRule "^(.+\.(html|css|js|json|xml|svg|csv|txt))$" "$1.gz" [L]
RewriteRule "\.html\.(br|gz)$" - [T=text/html;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.css\.(br|gz)$" - [T=text/css;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.js\.(br|gz)$" - [T=text/javascript;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.json\.(br|gz)$" - [T=application/json;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.xml\.(br|gz)$" - [T=application/xml;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.svg\.(br|gz)$" - [T=image/svg+xml;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.csv\.(br|gz)$" - [T=text/csv;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
RewriteRule "\.txt\.(br|gz)$" - [T=text/plain;charset=utf-8,E=no-gzip:1,E=no-brotli:1]
<IfModule mod_headers.c>
    <FilesMatch "\.br$">
        Header set Content-Encoding br
    </FilesMatch>
    <FilesMatch "\.gz$">
        Header set Content-Encoding gzip
    </FilesMatch>
    <FilesMatch "\.(html|css|js|json|xml|svg|csv|txt)(\.br|\.gz)?$">
        Header append Vary Accept-Encoding
    </FilesMatch>
</IfModule>
"#;

fn caddy(facts: &SiteFacts, target: &Target) -> String {
    let mut s = preamble("#", "caddy", facts);
    let address = target.listen.clone().unwrap_or_else(|| facts.host.clone());
    let _ = write!(s, "{address} {{\n    root * \"{}\"\n", target.docroot);
    let private: Vec<String> = PRIVATE_FILES.iter().map(|f| format!("/{f}")).collect();
    let _ = writeln!(
        s,
        "    @private path {}\n    error @private 404",
        private.join(" ")
    );
    for r in &facts.redirects {
        let _ = writeln!(s, "    redir \"{}\" \"{}\" permanent", r.from, r.to);
    }
    s.push_str("    header {\n        -Server\n");
    for (name, value) in security_headers(facts) {
        let _ = writeln!(s, "        {name} \"{value}\"");
    }
    s.push_str("    }\n");
    let hashed = "path_regexp \\.[0-9a-f]{8}\\.(css|js)$";
    let _ = writeln!(
        s,
        "    @hashed {hashed}\n    header @hashed Cache-Control \"{IMMUTABLE}\""
    );
    let _ = writeln!(
        s,
        "    @revalidated not {hashed}\n    header @revalidated Cache-Control \"{REVALIDATE}\""
    );
    for (ext, ty) in TEXT_TYPES {
        let not_atom = if *ext == "xml" {
            "\n        not path */atom.xml"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "    @type_{ext} {{\n        path *.{ext}{not_atom}\n    }}\n    header @type_{ext} Content-Type \"{ty}\""
        );
    }
    s.push_str("    @atom path */atom.xml\n    header @atom Content-Type \"application/atom+xml; charset=utf-8\"\n");
    s.push_str("    file_server {\n        precompressed br gzip\n    }\n    handle_errors {\n");
    for (prefix, page) in &facts.not_found {
        let name = prefix
            .trim_matches('/')
            .replace(|c: char| !c.is_ascii_alphanumeric(), "_");
        let name = if name.is_empty() {
            "root".to_string()
        } else {
            name
        };
        let _ = write!(
            s,
            "        @nf_{name} {{\n            path {prefix}*\n            expression {{err.status_code}} == 404\n        }}\n        handle @nf_{name} {{\n            rewrite * {page}\n            file_server\n        }}\n"
        );
    }
    s.push_str("    }\n}\n");
    tabs(&s)
}

/// Indents with tabs, as `caddy fmt` does (Caddy warns about any other layout).
fn tabs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        out.push_str(&"\t".repeat(spaces / 4));
        out.push_str(&line[spaces - spaces % 4..]);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::csp::Sources;
    use crate::publish::settings::Redirect;

    fn facts() -> SiteFacts {
        let mut sources = Sources::default();
        sources.script.insert("'self'".into());
        SiteFacts {
            host: "transfer.example.org".into(),
            not_found: vec![
                ("/fr/".into(), "/fr/404.html".into()),
                ("/".into(), "/404.html".into()),
            ],
            hashed: vec!["/style.1a2b3c4d.css".into()],
            csv: vec![],
            redirects: vec![Redirect {
                from: "/old/".into(),
                to: "/new/".into(),
                at: None,
            }],
            sources,
            hsts: false,
        }
    }

    fn target() -> Target {
        Target {
            docroot: "/srv/site".into(),
            listen: None,
        }
    }

    #[test]
    fn nginx_gives_each_language_its_404_and_hides_the_marker() {
        let c = generate(Server::Nginx, &facts(), &target());
        assert!(
            c.contains("location /fr/ {\n        # A folder without an index page is missing, not forbidden.\n        error_page 404 /fr/404.html;"),
            "{c}"
        );
        assert!(
            c.contains("error_page 404 /404.html;\n        error_page 403 =404 /404.html;"),
            "{c}"
        );
        assert!(c.contains("location = /.homeward-output { return 404; }"));
        assert!(c.contains("location = /old/ { return 301 /new/; }"));
        assert!(c.contains("brotli_static on;") && c.contains("gzip_vary on;"));
        assert!(c.contains(&format!("add_header Cache-Control \"{IMMUTABLE}\" always;")));
        assert_eq!(
            c.matches('{').count(),
            c.matches('}').count(),
            "balanced blocks"
        );
    }

    #[test]
    fn apache_and_caddy_have_the_same_rules() {
        let a = generate(Server::Apache, &facts(), &target());
        assert!(
            a.contains(
                "<If \"%{REQUEST_URI} =~ m#^/fr/#\">\n    ErrorDocument 404 /fr/404.html\n</If>"
            ),
            "{a}"
        );
        assert!(
            a.contains("RewriteRule \"^(\\.homeward-output|_headers|_redirects)$\" - [R=404,L]"),
            "{a}"
        );
        assert!(a.contains("Header always set Referrer-Policy \"no-referrer\""));
        let c = generate(Server::Caddy, &facts(), &target());
        assert!(
            c.starts_with('#') && c.contains("\ntransfer.example.org {\n"),
            "{c}"
        );
        assert!(c.contains("rewrite * /fr/404.html") && c.contains("precompressed br gzip"));
        assert!(c.contains("redir \"/old/\" \"/new/\" permanent"));
    }
}
