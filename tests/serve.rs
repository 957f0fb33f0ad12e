//! `homeward serve` as an editor uses it: the real binary on a free loopback port, a temporary
//! copy of the fixture, files edited on disk, and plain HTTP requests polled (with a deadline)
//! until the change is served.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::Site;

struct Server {
    child: Child,
    address: String,
    log: std::sync::Arc<std::sync::Mutex<String>>,
    _site: Site,
    /// The server's own temporary folder (its TMPDIR), where it keeps its preview folder.
    temp: std::sync::Arc<tempfile::TempDir>,
}

impl Server {
    fn rebuilds(&self) -> usize {
        self.log.lock().unwrap().matches("rebuilt ").count()
    }

    /// Sends a signal with the system's `kill` and waits (up to a deadline) for the exit.
    fn signal(&mut self, name: &str) -> std::process::ExitStatus {
        let sent = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -{name} failed");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "serve did not stop on SIG{name}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Names in the server's temporary folder that belong to a preview.
    fn previews(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.temp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("homeward-serve-"))
            .collect();
        names.sort();
        names
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            // Stopped as an editor stops it, so the preview folder is removed; killed if that
            // does not work.
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while matches!(self.child.try_wait(), Ok(None)) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: Site) -> (Server, std::path::PathBuf) {
    start_in(site, std::sync::Arc::new(tempfile::tempdir().unwrap()))
}

/// Starts a server whose temporary folder is `temp`.
fn start_in(site: Site, temp: std::sync::Arc<tempfile::TempDir>) -> (Server, std::path::PathBuf) {
    let root = site.root().to_path_buf();
    let mut child = common::homeward()
        .args(["serve", "--port", "0", "--root", root.to_str().unwrap()])
        .env("TMPDIR", temp.path())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start serve");
    let mut stderr = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let shared = log.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        let mut sent = false;
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            let mut text = shared.lock().unwrap();
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
            if !sent
                && let Some(start) = text.find("http://")
                && let Some(end) = text[start + 7..].find('/')
            {
                let _ = tx.send(text[start + 7..start + 7 + end].to_string());
                sent = true;
            }
        }
    });
    let address = rx
        .recv_timeout(Duration::from_secs(60))
        .expect("serve printed its URL");
    (
        Server {
            child,
            address,
            log,
            _site: site,
            temp,
        },
        root,
    )
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

fn get(address: &str, path: &str) -> Reply {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        headers: head.to_lowercase(),
        body: body.to_string(),
    }
}

/// Reads only the response head (for streams that never end).
fn get_head(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\n\r\n").unwrap();
    let mut raw = vec![0u8; 2048];
    let n = stream.read(&mut raw).unwrap_or(0);
    String::from_utf8_lossy(&raw[..n]).to_lowercase()
}

/// Polls until `ok` holds, failing after a deadline: waiting is bounded, and the assertion is
/// on what is served, not on how long it took.
fn eventually(what: &str, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for: {what}");
}

#[test]
fn serves_the_site_with_utf8_types_and_the_theme_404() {
    let (server, _) = start(Site::fixture("i18n"));
    let home = get(&server.address, "/");
    assert_eq!(home.status, 200);
    assert!(
        home.headers
            .contains("content-type: text/html; charset=utf-8"),
        "{}",
        home.headers
    );
    assert!(home.body.contains("<html lang=\"en\""));
    let fr = get(&server.address, "/fr/countries/cambodge/");
    assert_eq!(fr.status, 200);
    let unicode = get(&server.address, "/fr/%C3%A0-propos/");
    assert_eq!(
        unicode.status, 200,
        "percent-encoded Unicode paths are served"
    );
    let json = get(&server.address, "/data/routes.json");
    assert!(
        json.headers.contains("application/json"),
        "{}",
        json.headers
    );
    assert!(json.headers.contains("charset=utf-8"));
    let missing = get(&server.address, "/no/such/page/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<html"), "the theme's 404 page");
}

#[test]
fn refuses_paths_outside_the_output() {
    let (server, _) = start(Site::fixture("i18n"));
    for path in [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/..%2f..%2f..%2fetc/passwd",
        "//etc/passwd",
        "/site.toml",
        "/../site.toml",
    ] {
        let reply = get(&server.address, path);
        assert!(
            reply.status == 404 || reply.status == 400,
            "{path}: {}",
            reply.status
        );
        assert!(
            !reply.body.contains("root:x:0:0"),
            "{path} leaked /etc/passwd"
        );
        assert!(
            !reply.body.contains("default_language"),
            "{path} leaked site.toml"
        );
    }
    // A malformed request does not kill the server.
    let mut stream = TcpStream::connect(&server.address).unwrap();
    let _ = stream.write_all(b"\x00\x01GARBAGE\r\n\r\n");
    drop(stream);
    assert_eq!(get(&server.address, "/").status, 200);
}

#[test]
fn a_save_shows_in_the_served_page() {
    let (server, root) = start(Site::fixture("i18n"));
    std::fs::write(
        root.join("content/about.md"),
        "+++\ntitle = \"About\"\n+++\nFreshly saved text.\n",
    )
    .unwrap();
    eventually("the edited page is served", || {
        get(&server.address, "/about/")
            .body
            .contains("Freshly saved text.")
    });
    // A new file and a rename through a temporary file, as editors do.
    std::fs::write(
        root.join("content/news/.new.md.tmp"),
        "+++\ntitle = \"Brand new\"\ndate = 2026-05-01\n+++\nNew item.\n",
    )
    .unwrap();
    std::fs::rename(
        root.join("content/news/.new.md.tmp"),
        root.join("content/news/brand-new.md"),
    )
    .unwrap();
    eventually("the new page is served", || {
        get(&server.address, "/news/brand-new/").status == 200
    });
    std::fs::remove_file(root.join("content/news/brand-new.md")).unwrap();
    eventually("the deleted page is gone", || {
        get(&server.address, "/news/brand-new/").status == 404
    });
}

#[test]
fn a_broken_save_shows_an_overlay_and_keeps_the_last_good_site() {
    let (server, root) = start(Site::fixture("i18n"));
    std::fs::write(
        root.join("content/about.md"),
        "+++\ntitle = \"About\"\ntitel = \"oops\"\n+++\nBroken.\n",
    )
    .unwrap();
    eventually("the overlay appears", || {
        get(&server.address, "/about/")
            .body
            .contains("homeward-error-overlay")
    });
    let page = get(&server.address, "/about/");
    assert!(page.body.contains("E0103"), "the overlay names the error");
    assert!(page.body.contains("content/about.md:3:1"), "and its place");
    assert!(page.body.contains("did you mean `title`?"), "and the fix");
    assert!(
        !page.body.contains("Broken."),
        "the last good version is still served"
    );
    std::fs::write(
        root.join("content/about.md"),
        "+++\ntitle = \"About\"\n+++\nFixed.\n",
    )
    .unwrap();
    eventually("the overlay clears", || {
        let p = get(&server.address, "/about/");
        p.body.contains("Fixed.") && !p.body.contains("homeward-error-overlay")
    });
}

#[test]
fn live_reload_script_is_injected_only_when_serving() {
    let site = Site::fixture("i18n");
    site.build();
    let built = site.read("index.html");
    let (server, _) = start(site);
    let served = get(&server.address, "/").body;
    assert!(
        served.contains("/_tower-livereload"),
        "serve injects its reload script"
    );
    assert!(
        !built.contains("livereload"),
        "build output has no reload script"
    );
    let events = get_head(&server.address, "/_tower-livereload/event-stream");
    assert!(
        events.contains("text/event-stream"),
        "the reload channel is server-sent events: {events}"
    );
}

#[test]
fn a_save_rebuilds_once_and_reading_files_never_triggers_a_rebuild() {
    let (server, root) = start(Site::fixture("i18n"));
    let initial = server.rebuilds();
    assert_eq!(initial, 1, "the first build");
    std::fs::write(
        root.join("content/about.md"),
        "+++\ntitle = \"About\"\n+++\nOne save.\n",
    )
    .unwrap();
    eventually("the save is served", || {
        get(&server.address, "/about/").body.contains("One save.")
    });
    // Every rebuild reads every content file; if reads counted as changes, rebuilds would
    // follow one another for ever. Watch for a while: the count must stay put.
    let after_save = server.rebuilds();
    assert_eq!(after_save, 2, "{}", server.log.lock().unwrap());
    let deadline = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < deadline {
        let _ = get(&server.address, "/");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(
        server.rebuilds(),
        after_save,
        "{}",
        server.log.lock().unwrap()
    );
    assert!(
        server.log.lock().unwrap().contains("rebuilt one page"),
        "a body edit takes the incremental path"
    );
}

#[test]
fn a_stylesheet_change_is_swapped_in_place_without_a_reload() {
    // The site has its own stylesheet (static/style.css overrides the theme's).
    let site = Site::fixture("i18n");
    site.write("static/style.css", "body{color:#000}\n");
    let (server, root) = start(site);
    let page = get(&server.address, "/").body;
    assert!(
        page.contains("/_homeward/css-events"),
        "serve injects the swap script"
    );
    let old_css = page
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_string();
    let mut stream = TcpStream::connect(&server.address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    write!(
        stream,
        "GET /_homeward/css-events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.address
    )
    .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 1024];
    let deadline = Instant::now() + Duration::from_secs(5);
    while !seen.contains(": homeward") && Instant::now() < deadline {
        if let Ok(n) = stream.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    assert!(seen.to_lowercase().contains("text/event-stream"), "{seen}");
    // A CSS-only change.
    std::fs::write(root.join("static/style.css"), "body{color:#123456}\n").unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !seen.contains("event: css") && Instant::now() < deadline {
        if let Ok(n) = stream.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    let new_css = seen
        .split("event: css\ndata: ")
        .nth(1)
        .and_then(|r| r.lines().next())
        .unwrap_or_else(|| panic!("no css event: {seen}"))
        .to_string();
    assert_ne!(new_css, old_css, "the new stylesheet has a new name");
    assert!(get(&server.address, &new_css).body.contains("#123456"));
}

#[test]
fn a_port_in_use_moves_to_the_next_free_one_and_says_so() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let site = Site::fixture("i18n");
    let temp = tempfile::tempdir().unwrap();
    let mut child = common::homeward()
        .args([
            "serve",
            "--port",
            &port.to_string(),
            "--root",
            site.root().to_str().unwrap(),
        ])
        .env("TMPDIR", temp.path())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let mut text = String::new();
    let mut buf = [0u8; 1024];
    let deadline = Instant::now() + Duration::from_secs(60);
    while !text.contains("serving the site") && Instant::now() < deadline {
        match stderr.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => text.push_str(&String::from_utf8_lossy(&buf[..n])),
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        text.contains(&format!("port {port} is in use; using ")),
        "{text}"
    );
    assert!(
        !text.contains(&format!("http://127.0.0.1:{port}/")),
        "{text}"
    );
    drop(taken);
}

#[test]
fn stopping_is_prompt_even_with_pages_open_leaves_nothing_and_a_killed_servers_folder_goes_next_start()
 {
    // Stopped with SIGTERM (kill, a service manager) or SIGHUP (a closed terminal): the exit is
    // clean and the preview folder goes with the server.
    for signal in ["TERM", "HUP"] {
        let (mut server, _) = start(Site::fixture("i18n"));
        let pid = server.child.id();
        let folder = server.temp.path().join(format!(
            "homeward-serve-{pid}-{}",
            server.address.rsplit(':').next().unwrap()
        ));
        assert!(folder.join("index.html").is_file(), "{}", folder.display());
        assert_eq!(server.previews().len(), 2, "{:?}", server.previews());
        let status = server.signal(signal);
        assert!(status.success(), "SIG{signal}: {status:?}");
        assert!(
            server.previews().is_empty(),
            "SIG{signal} left {:?}",
            server.previews()
        );
    }

    // A page open in a browser holds its live-reload and stylesheet streams open for ever: the
    // server still stops at once (before, it waited for the tab to close), and cleans up.
    let (mut server, _) = start(Site::fixture("i18n"));
    let mut open_streams = Vec::new();
    for path in ["/_tower-livereload/event-stream", "/_homeward/css-events"] {
        let mut stream = TcpStream::connect(&server.address).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n",
            server.address
        )
        .unwrap();
        let mut head = [0u8; 512];
        let n = stream.read(&mut head).unwrap_or(0);
        assert!(
            String::from_utf8_lossy(&head[..n]).contains("200 OK"),
            "{path} streams"
        );
        open_streams.push(stream);
    }
    let asked = Instant::now();
    let status = server.signal("TERM");
    assert!(status.success(), "{status:?}");
    assert!(
        asked.elapsed() < Duration::from_secs(5),
        "stopping took {:?} with pages open",
        asked.elapsed()
    );
    assert!(server.previews().is_empty(), "{:?}", server.previews());
    drop(open_streams);

    // Killed outright (SIGKILL, a crash): nothing can run, so its folder stays until the next
    // server starts in the same temporary folder, which removes it.
    let temp = std::sync::Arc::new(tempfile::tempdir().unwrap());
    let (mut killed, _) = start_in(Site::fixture("i18n"), temp.clone());
    let status = killed.signal("KILL");
    assert!(!status.success());
    let left = killed.previews();
    assert_eq!(left.len(), 2, "{left:?}");
    let (next, _) = start_in(Site::fixture("i18n"), temp);
    let now = next.previews();
    assert!(now.iter().all(|n| !left.contains(n)), "{left:?} in {now:?}");
    assert_eq!(now.len(), 2, "{now:?}");
}

/// An editor previewing a treaty edit sees, at the foot of every page, which answers families
/// would be told differently once the site is built; the panel goes when the answers are put
/// back, and a body-only save leaves it as it is.
#[test]
fn a_save_that_changes_route_answers_lists_them_in_the_page() {
    let site = Site::fixture("i18n");
    site.build();
    let (server, root) = start(site);
    let treaty_path = root.join("content/agreements/be-kh.md");
    let treaty = std::fs::read_to_string(&treaty_path).unwrap();
    assert!(
        !get(&server.address, "/")
            .body
            .contains("homeward-answer-changes"),
        "no panel while the preview matches the built site"
    );
    let in_force = common::be_kh_in_force(&treaty);
    std::fs::write(&treaty_path, &in_force).unwrap();
    eventually("the panel lists the changed answers", || {
        get(&server.address, "/about/")
            .body
            .contains("detained in Belgium, national of Cambodia: not yet: signed, not in force → a transfer can be requested now")
    });
    let page = get(&server.address, "/about/").body;
    let panel = &page[page.find("id=\"homeward-answer-changes\"").unwrap()..];
    assert!(
        panel.contains("2 route answers differ from the site built in"),
        "{panel}"
    );
    assert!(
        panel.contains("detained in Cambodia, national of Belgium"),
        "{panel}"
    );
    // A body-only save of another page keeps the panel.
    std::fs::write(
        root.join("content/about.md"),
        "+++\ntitle = \"About\"\n+++\nEdited while the treaty is changed.\n",
    )
    .unwrap();
    eventually("the body edit is served", || {
        get(&server.address, "/about/")
            .body
            .contains("Edited while the treaty is changed.")
    });
    assert!(
        get(&server.address, "/about/")
            .body
            .contains("homeward-answer-changes")
    );
    // Putting the dates back clears it.
    std::fs::write(&treaty_path, &treaty).unwrap();
    eventually("the panel goes", || {
        !get(&server.address, "/about/")
            .body
            .contains("homeward-answer-changes")
    });
    assert!(
        server
            .log
            .lock()
            .unwrap()
            .contains("2 route answers differ from the site built in"),
        "the terminal says it too"
    );
}

/// The server never follows a symbolic link out of the folder it serves, even one that
/// something other than the build put there.
#[test]
fn serve_never_follows_a_link_out_of_its_folder() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "PRIVATE-7f3a").unwrap();
    let (server, _root) = start(Site::fixture("i18n"));
    let names = server.previews();
    let folder = names.iter().find(|n| !n.ends_with(".lock")).unwrap();
    let preview = server.temp.path().join(folder);
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), preview.join("leak.txt"))
        .unwrap();
    std::os::unix::fs::symlink(outside.path(), preview.join("leakdir")).unwrap();
    for path in ["/leak.txt", "/leakdir/secret.txt", "/leak%2Etxt"] {
        let reply = get(&server.address, path);
        assert_eq!(reply.status, 404, "{path}");
        assert!(!reply.body.contains("PRIVATE"), "{path}");
    }
    assert_eq!(get(&server.address, "/about/").status, 200);
}
