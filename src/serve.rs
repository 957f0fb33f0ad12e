//! `homeward serve`: a live preview for editors.
//!
//! Builds the site into a private folder (never the deploy folder), serves it on loopback, and
//! rebuilds when `content/`, `themes/`, `templates/`, `static/`, `i18n/` or `site.toml` change.
//! Open pages reload through server-sent events (tower-livereload). A save that breaks the build
//! keeps the last good site online and shows the problems over every page until the next good
//! save; the terminal shows the same. Because the output is swapped in whole, a request during a
//! rebuild sees either the old site or the new one, never a mix.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use notify_debouncer_full::new_debouncer;
use notify_debouncer_full::notify::RecursiveMode;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode, EventKind, ModifyKind};
use tower_http::services::{ServeDir, ServeFile};

use crate::diagnostic::{self, Diagnostic};
use crate::incremental::{Scope, Session};
use crate::pipeline::{self, Options};
use crate::preview_dir::PreviewDir;

/// What `serve` was asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Site root.
    pub root: PathBuf,
    /// Address to bind.
    pub bind: String,
    /// First port to try.
    pub port: u16,
    /// Include drafts.
    pub drafts: bool,
    /// Open a browser.
    pub open: bool,
}

/// Problems of the last failed rebuild, shown over every page until a good save.
#[derive(Clone)]
struct Overlay {
    errors: Arc<RwLock<Option<String>>>,
    /// The route answers the preview changes compared with the built site, shown at the foot
    /// of every page (not blocking it) while they differ.
    answer_changes: Arc<RwLock<Option<String>>>,
    /// New stylesheet URLs, sent to open pages after a CSS-only change.
    stylesheets: tokio::sync::broadcast::Sender<String>,
}

impl Default for Overlay {
    fn default() -> Overlay {
        Overlay {
            errors: Arc::default(),
            answer_changes: Arc::default(),
            stylesheets: tokio::sync::broadcast::channel(16).0,
        }
    }
}

/// How long requests in flight may take to finish once the server is asked to stop.
const SHUTDOWN_GRACE: Duration = Duration::from_millis(500);

/// Where open pages listen for stylesheet swaps.
const CSS_EVENTS: &str = "/_homeward/css-events";

/// Injected into every served page (never into `build` output): swaps the stylesheet in place
/// when only CSS changed, so an editor keeps their scroll position and open details.
const CSS_SWAP_SCRIPT: &str = "<script>(function(){if(!window.EventSource)return;var s=new EventSource(\"/_homeward/css-events\");s.addEventListener(\"css\",function(e){var l=document.querySelectorAll('link[rel=stylesheet]');for(var i=0;i<l.length;i++){l[i].href=e.data;}});addEventListener(\"pagehide\",function(){s.close();});})();</script>";

async fn css_events(State(overlay): State<Overlay>) -> Response {
    let receiver = overlay.stylesheets.subscribe();
    let stream = futures_util::stream::unfold(receiver, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(url) => {
                    let event = format!("event: css\ndata: {url}\n\n");
                    return Some((Ok::<_, std::convert::Infallible>(event), rx));
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let opening = futures_util::stream::once(async { Ok(": homeward\n\n".to_string()) });
    let mut response = Response::new(Body::from_stream(futures_util::StreamExt::chain(
        opening, stream,
    )));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The HTML of the error overlay for a list of diagnostics.
pub fn overlay_html(diagnostics: &[Diagnostic]) -> String {
    let text = diagnostic::render_all_human(diagnostics, false);
    let escaped = crate::html::escape(&text);
    format!(
        "<div id=\"homeward-error-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.96);color:#fff;padding:1.5rem;font:15px/1.5 ui-monospace,monospace\"><h2 style=\"color:#ff8a80;margin-top:0\">The last save broke the build</h2><p>The site below is the last version that built. Fix the problem and save again.</p><pre style=\"white-space:pre-wrap\">{escaped}</pre></div>"
    )
}

/// The HTML of the panel that lists the route answers the preview changes, or `None` when it
/// changes none. An editor who is no programmer sees there, on the page they are previewing,
/// what families will be told differently once the site is built.
pub fn answer_changes_html(report: &crate::answer_changes::Report) -> Option<String> {
    if report.lines.is_empty() {
        return None;
    }
    use crate::html::escape;
    let count = report.lines.len();
    let items: String = report
        .lines
        .iter()
        .map(|line| format!("<li>{}</li>", escape(line)))
        .collect();
    Some(format!(
        "<details id=\"homeward-answer-changes\" open role=\"status\" style=\"position:fixed;inset-inline:0;bottom:0;z-index:2147483646;max-height:40vh;overflow:auto;background:#fff3d6;color:#1b1b1b;border-top:4px solid #6b4400;padding:.5rem 1rem;font:15px/1.5 system-ui,sans-serif\"><summary style=\"font-weight:700;cursor:pointer\">{count} route {} differ from the site built in {}: check each against its source before you build</summary><ul dir=\"ltr\" lang=\"en\">{items}</ul></details>",
        if count == 1 { "answer" } else { "answers" },
        escape(&report.compared_with.display().to_string()),
    ))
}

async fn inject_overlay(State(overlay): State<Overlay>, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let errors = overlay.errors.read().ok().and_then(|e| e.clone());
    let answer_changes = overlay.answer_changes.read().ok().and_then(|a| a.clone());
    let (mut parts, body) = response.into_parts();
    if let Some(with_charset) = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(utf8_content_type)
    {
        parts.headers.insert(header::CONTENT_TYPE, with_charset);
    }
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    parts.headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    if !is_html {
        return Response::from_parts(parts, body);
    }
    let errors = errors.unwrap_or_default();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let mut html = String::from_utf8_lossy(&bytes).into_owned();
    let answer_changes = answer_changes.unwrap_or_default();
    let addition = format!("{errors}{answer_changes}{CSS_SWAP_SCRIPT}");
    match html.rfind("</body>") {
        Some(pos) => html.insert_str(pos, &addition),
        None => html.push_str(&addition),
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

/// Answers 404 for any address that leads through a symbolic link out of the folder served.
/// The build never writes links, but the preview folder sits in the shared temporary folder,
/// and the file server would follow one that something else put there.
async fn refuse_links_out(
    State(out): State<Arc<PathBuf>>,
    request: Request,
    next: Next,
) -> Response {
    let decoded = percent_encoding::percent_decode_str(request.uri().path()).decode_utf8_lossy();
    let relative = decoded.trim_start_matches('/');
    let candidate = out.join(relative);
    let leaves = relative.split('/').any(|part| part == "..")
        || crate::source::outside_root(&out, &candidate).is_some();
    if leaves {
        return (axum::http::StatusCode::NOT_FOUND, "not found").into_response();
    }
    next.run(request).await
}

/// Text types are always UTF-8 in a Homeward site: say so, so browsers never guess.
fn utf8_content_type(content_type: &str) -> Option<HeaderValue> {
    let is_text = content_type.starts_with("text/")
        || content_type.starts_with("application/javascript")
        || content_type.starts_with("application/json")
        || content_type.starts_with("application/xml")
        || content_type.starts_with("application/atom+xml")
        || content_type.starts_with("image/svg+xml");
    if !is_text || content_type.contains("charset") {
        return None;
    }
    HeaderValue::from_str(&format!("{content_type}; charset=utf-8")).ok()
}

fn io(e: impl std::fmt::Display, what: &str) -> Diagnostic {
    Diagnostic::error("E0700", format!("{what}: {e}"))
        .with_help("check the address and port, and that nothing else is using them")
}

/// Runs the preview server until Ctrl-C.
pub fn serve(options: ServeOptions) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| io(e, "cannot start the server runtime"))?;
    runtime.block_on(serve_async(options))
}

async fn bind(options: &ServeOptions) -> Result<tokio::net::TcpListener, Diagnostic> {
    let ip: IpAddr = options.bind.parse().map_err(|_| {
        Diagnostic::error("E0701", format!("`{}` is not an IP address", options.bind))
            .with_help("use --bind 127.0.0.1 (the default) or another IP address")
    })?;
    let mut last = None;
    for port in options.port..options.port.saturating_add(20) {
        match tokio::net::TcpListener::bind(SocketAddr::new(ip, port)).await {
            Ok(l) => {
                if port != options.port {
                    eprintln!("port {} is in use; using {port} instead", options.port);
                }
                return Ok(l);
            }
            Err(e) => last = Some(e),
        }
    }
    Err(io(
        last.map_or_else(|| "no port".to_string(), |e| e.to_string()),
        &format!(
            "cannot listen on {} ports {}–{}",
            options.bind,
            options.port,
            options.port.saturating_add(19)
        ),
    ))
}

async fn serve_async(options: ServeOptions) -> Result<(), Diagnostic> {
    let listener = bind(&options).await?;
    let address = listener
        .local_addr()
        .map_err(|e| io(e, "cannot read the bound address"))?;
    let root = options.root.canonicalize().unwrap_or(options.root.clone());
    let preview = PreviewDir::claim(&std::env::temp_dir(), address.port())
        .map_err(|e| io(e, "cannot claim a preview folder in the temporary folder"))?;
    let out = preview.path().to_path_buf();
    let base_url = format!("http://{address}");
    let build_options = Options {
        output: Some(out.clone()),
        base_url: Some(base_url.clone()),
        drafts: options.drafts,
        force: true,
        ..Options::new(root.clone())
    };
    let watcher = start_watcher(&root);
    if watcher.is_none() {
        eprintln!("cannot watch files: changes will not be picked up");
    }
    let overlay = Overlay::default();
    let mut session = Session::new(build_options);
    let started = Instant::now();
    let outcome = session.full();
    report(&outcome, Scope::Full, started, &overlay);
    if outcome.written.is_none() {
        // Serve something even when the very first build fails: the overlay explains.
        std::fs::create_dir_all(&out).map_err(|e| io(e, "cannot create the preview folder"))?;
        let _ = std::fs::write(
            out.join("index.html"),
            "<!doctype html><title>Homeward preview</title><body></body>",
        );
    }

    let livereload = tower_livereload::LiveReloadLayer::new();
    let reloader = livereload.reloader();
    let not_found = out.join("404.html");
    let files = ServeDir::new(&out)
        .append_index_html_on_directories(true)
        .not_found_service(ServeFile::new(not_found));
    let app = axum::Router::new()
        .route(
            CSS_EVENTS,
            axum::routing::get(css_events).with_state(overlay.clone()),
        )
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(
            Arc::new(crate::source::canonical_root(&out)),
            refuse_links_out,
        ))
        .layer(middleware::from_fn_with_state(
            overlay.clone(),
            inject_overlay,
        ))
        .layer(livereload);

    let stop = stop_requested();
    eprintln!("serving the site at {base_url}/ (Ctrl-C to stop)");
    if options.open {
        let _ = std::process::Command::new("xdg-open")
            .arg(format!("{base_url}/"))
            .spawn();
    }

    // Watch and rebuild on a plain thread: the pipeline is synchronous and uses rayon.
    let watch_root = root.clone();
    if let Some(watcher) = watcher {
        std::thread::spawn(move || watch(&watch_root, watcher, session, &overlay, &reloader));
    }

    let stopping = Arc::new(tokio::sync::Notify::new());
    let stop_signal = Arc::clone(&stopping);
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        stop.await;
        eprintln!("\nstopping");
        stop_signal.notify_one();
    });
    // Open pages keep their live-reload streams open for ever: a graceful shutdown would wait
    // for them, and the server would not stop while a browser tab is open. In-flight requests
    // get a moment to finish; the streams are then dropped.
    let result = tokio::select! {
        result = std::future::IntoFuture::into_future(server) => {
            result.map_err(|e| io(e, "the server stopped"))
        }
        () = async {
            stopping.notified().await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => Ok(()),
    };
    // Removes the preview folder.
    drop(preview);
    result
}

/// Resolves when the server is asked to stop: Ctrl-C, and on Unix also `kill` (SIGTERM) and a
/// closed terminal (SIGHUP), so that every ordinary way of stopping removes the preview folder.
/// The handlers are installed when this is called, not when it is first awaited: called before
/// the server says it is ready, a signal sent as soon as it is ready is never missed (it would
/// otherwise kill the process the default way, leaving the folder behind).
fn stop_requested() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let streams: Vec<_> = [
            SignalKind::interrupt(),
            SignalKind::terminate(),
            SignalKind::hangup(),
        ]
        .into_iter()
        .filter_map(|kind| signal(kind).ok())
        .collect();
        async move {
            if streams.is_empty() {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
            let waits = streams.into_iter().map(|mut stream| {
                Box::pin(async move {
                    stream.recv().await;
                })
            });
            futures_util::future::select_all(waits).await;
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Prints the result of a rebuild and sets or clears the overlay.
fn report(outcome: &pipeline::Outcome, scope: Scope, started: Instant, overlay: &Overlay) {
    let diagnostics = &outcome.diagnostics;
    if !diagnostics.is_empty() {
        eprint!("{}", diagnostic::render_all_human(diagnostics, false));
    }
    let failed = outcome.has_errors() || outcome.written.is_none();
    if let Ok(mut slot) = overlay.errors.write() {
        *slot = failed.then(|| overlay_html(diagnostics));
    }
    // A full rebuild that succeeded says which answers differ from the built site; a page-only
    // rebuild changes no route, and a failed one keeps the last good site's panel.
    if scope == Scope::Full
        && !failed
        && let Ok(mut slot) = overlay.answer_changes.write()
    {
        *slot = outcome
            .answer_changes
            .as_ref()
            .and_then(answer_changes_html);
    }
    match outcome.written {
        Some(written) if !failed => eprintln!(
            "{} in {:.1} ms ({} files written, {} unchanged)",
            match scope {
                Scope::Full => "rebuilt the site",
                Scope::Page => "rebuilt one page",
            },
            started.elapsed().as_secs_f64() * 1000.0,
            written.written,
            written.unchanged
        ),
        _ => eprintln!("build failed: still serving the last good version"),
    }
    if let Some(report) = &outcome.answer_changes {
        eprint!(
            "{}",
            crate::answer_changes::render_human(report, "differ from the site built in")
        );
    }
}

/// How long the edits must pause before stale search indexes are rebuilt.
const SEARCH_REFRESH_PAUSE: std::time::Duration = std::time::Duration::from_millis(200);

fn refresh_search(session: &mut Session, give_way: crate::search::GiveWay) {
    let started = Instant::now();
    match session.refresh_search(give_way) {
        Ok(written) if written.written > 0 => eprintln!(
            "refreshed {} search index{} in {:.1} ms",
            written.written,
            if written.written == 1 { "" } else { "es" },
            started.elapsed().as_secs_f64() * 1000.0
        ),
        Ok(_) => {}
        Err(d) => eprint!("{}", diagnostic::render_all_human(&[d], false)),
    }
}

/// True for events that change a file. Reads (which every rebuild does to every file) and
/// metadata-only changes such as access times must not trigger a rebuild, or each rebuild would
/// trigger the next.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        // A file closed after writing is the surest sign of a finished save.
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

fn watched_paths(root: &Path) -> Vec<(PathBuf, RecursiveMode)> {
    let mut paths = vec![(root.to_path_buf(), RecursiveMode::NonRecursive)];
    for dir in ["content", "themes", "templates", "static", "i18n"] {
        let p = root.join(dir);
        if p.is_dir() {
            paths.push((p, RecursiveMode::Recursive));
        }
    }
    paths
}

fn is_relevant(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if crate::source::is_editor_temporary(&name) {
        return false;
    }
    match rel.components().next() {
        Some(std::path::Component::Normal(first)) => {
            let first = first.to_string_lossy();
            rel == Path::new("site.toml")
                || ["content", "themes", "templates", "static", "i18n"].contains(&first.as_ref())
        }
        _ => false,
    }
}

type Debouncer = notify_debouncer_full::Debouncer<
    notify_debouncer_full::notify::RecommendedWatcher,
    notify_debouncer_full::RecommendedCache,
>;
/// Debounced batches of file events, and how many wait to be taken: a search refresh gives
/// way as soon as one does, so a save is never held up by the indexes of the one before.
struct Events {
    batches: std::sync::mpsc::Receiver<notify_debouncer_full::DebounceEventResult>,
    waiting: Arc<AtomicUsize>,
}

impl Events {
    fn taken(
        &self,
        batch: notify_debouncer_full::DebounceEventResult,
    ) -> notify_debouncer_full::DebounceEventResult {
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        batch
    }
}

/// Starts watching the site's sources. Done before the first build, so a save made while the
/// server starts is never missed.
fn start_watcher(root: &Path) -> Option<(Debouncer, Events, Vec<PathBuf>)> {
    let (tx, batches) = std::sync::mpsc::channel();
    let waiting = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&waiting);
    let handler = move |batch| {
        counter.fetch_add(1, Ordering::Relaxed);
        if tx.send(batch).is_err() {
            counter.fetch_sub(1, Ordering::Relaxed);
        }
    };
    let mut debouncer = new_debouncer(Duration::from_millis(30), None, handler).ok()?;
    let mut watched = Vec::new();
    rewatch(root, &mut debouncer, &mut watched);
    Some((debouncer, Events { batches, waiting }, watched))
}

fn rewatch(root: &Path, debouncer: &mut Debouncer, watched: &mut Vec<PathBuf>) {
    for (path, mode) in watched_paths(root) {
        if !watched.contains(&path) && debouncer.watch(&path, mode).is_ok() {
            watched.push(path);
        }
    }
}

fn watch(
    root: &Path,
    (mut debouncer, events, mut watched): (Debouncer, Events, Vec<PathBuf>),
    mut session: Session,
    overlay: &Overlay,
    reloader: &tower_livereload::Reloader,
) {
    loop {
        // Search indexes left stale by a one-page rebuild are refreshed once the edits pause,
        // so a burst of saves rebuilds them once, after the pages.
        let result = if session.has_stale_search() {
            match events.batches.recv_timeout(SEARCH_REFRESH_PAUSE) {
                Ok(result) => events.taken(result),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    let waiting = &events.waiting;
                    refresh_search(&mut session, &|| waiting.load(Ordering::Relaxed) > 0);
                    continue;
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
        } else {
            match events.batches.recv() {
                Ok(result) => events.taken(result),
                Err(_) => break,
            }
        };
        let Ok(events) = result else { continue };
        let mut changed: Vec<PathBuf> = events
            .iter()
            .filter(|e| is_change(&e.kind))
            .flat_map(|e| e.paths.iter())
            .filter(|p| is_relevant(root, p))
            .cloned()
            .collect();
        changed.sort();
        changed.dedup();
        if changed.is_empty() {
            continue;
        }
        // The debouncer has already gathered a burst of saves into one batch.
        let started = Instant::now();
        if let Some((outcome, scope)) = session.changed(&changed) {
            report(&outcome, scope, started, overlay);
            let css_only = changed
                .iter()
                .all(|p| p.extension().is_some_and(|e| e == "css"));
            match session.asset_url("style.css") {
                Some(url) if css_only && !outcome.has_errors() => {
                    let _ = overlay.stylesheets.send(url);
                }
                _ => reloader.reload(),
            }
        }
        // A folder created since the start (e.g. `templates/`) is watched from now on.
        rewatch(root, &mut debouncer, &mut watched);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevant_paths() {
        let root = Path::new("/site");
        assert!(is_relevant(root, Path::new("/site/content/a.md")));
        assert!(is_relevant(root, Path::new("/site/site.toml")));
        assert!(!is_relevant(root, Path::new("/site/public/index.html")));
        assert!(!is_relevant(root, Path::new("/site/content/.a.md.swp")));
        assert!(!is_relevant(root, Path::new("/elsewhere/content/a.md")));
    }

    #[test]
    fn reads_do_not_trigger_rebuilds() {
        use notify_debouncer_full::notify::event::{
            AccessKind, CreateKind, DataChange, MetadataKind, RenameMode,
        };
        assert!(!is_change(&EventKind::Access(AccessKind::Any)));
        assert!(!is_change(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Data(
            DataChange::Content
        ))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Name(
            RenameMode::To
        ))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
    }

    #[test]
    fn overlay_escapes_messages() {
        let d = Diagnostic::error("E0103", "unknown key `<script>`");
        let html = overlay_html(&[d]);
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<script>"));
    }
}
