//! The `homeward` command: `build`, `check`, `serve`, `explain` and the editing commands. Each
//! subcommand is a few calls into the library; this file only parses arguments, prints
//! diagnostics and chooses the exit code (from the diagnostic registry's exit classes).

#![allow(clippy::result_large_err)]

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use homeward::diagnostic::{self, Diagnostic, registry};

/// Building a site allocates many small strings and maps in parallel; mimalloc does that
/// markedly faster than the system allocator (see bench/README.md). It is built with `no_thp`:
/// with transparent huge pages every partly used 2 MiB page counted whole, which added about
/// 40 MB to the peak memory of a 10,000-page build for no gain in speed.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use homeward::pipeline::{self, Options};

#[derive(Parser)]
#[command(
    name = "homeward",
    version,
    about = "Build the multilingual prisoner-transfer information site"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The date the build takes as today (YYYY-MM-DD), for reproducible builds and tests; the
    /// environment variable HOMEWARD_TODAY does the same. Hidden: editors never need it.
    #[arg(long, global = true, hide = true)]
    today: Option<String>,
}

/// Fixes the build's "today" from `--today` or `HOMEWARD_TODAY` before any work. A date that
/// cannot be read stops the command (exit 2): a build that silently fell back to the clock would
/// not be the build that was asked for.
fn fix_today(flag: Option<String>) -> Result<(), Diagnostic> {
    let (given, origin) = match flag {
        Some(t) => (t, "--today"),
        None => match std::env::var("HOMEWARD_TODAY") {
            Ok(t) if !t.trim().is_empty() => (t, "HOMEWARD_TODAY"),
            _ => return Ok(()),
        },
    };
    let date = homeward::locale::Date::parse_iso(&given).map_err(|why| {
        Diagnostic::error("E0009", format!("{origin}: {why}"))
            .with_help("give the date the build should take as today, such as 2026-12-08, or leave it unset to use the real date")
    })?;
    homeward::locale::Date::fix_today(date);
    Ok(())
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Human,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (replaced whole, only when the build succeeds).
    Build {
        /// Site root, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder (default: `output_dir` from site.toml, or `public`).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Base URL to use instead of site.toml's.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft = true`.
        #[arg(long)]
        drafts: bool,
        /// Replace an output folder that Homeward did not create.
        #[arg(long)]
        force: bool,
        /// Fail when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
        /// Also write .gz and .br copies of text files, for servers that serve them.
        #[arg(long)]
        compress: bool,
        /// How to print problems.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Check everything a build checks, without writing anything.
    Check {
        /// Site root, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also request every link to another site and report broken ones (as warnings).
        #[arg(long)]
        external_links: bool,
        /// Include drafts.
        #[arg(long)]
        drafts: bool,
        /// Fail when there are warnings.
        #[arg(long)]
        deny_warnings: bool,
        /// How to print problems.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Build, serve on loopback and rebuild on every change, with live reload.
    Serve {
        /// Site root, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Address to bind (loopback unless told otherwise).
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Port; if taken, the next free one is used and said so.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Include drafts.
        #[arg(long)]
        drafts: bool,
        /// Open the site in a browser.
        #[arg(long)]
        open: bool,
    },
    /// Report what each language lacks (or, with a subcommand, export, import, mark current).
    Translations {
        #[command(subcommand)]
        action: Option<TranslationsCommand>,
        /// Site root, holding site.toml.
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
        /// Report on this language only.
        #[arg(long)]
        lang: Option<String>,
        /// How to print the report.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Exit 1 when any translation is stale, or anything is missing.
        #[arg(long, value_enum)]
        fail_on: Vec<FailOn>,
    },
    /// Print ready-to-use configuration for a web server, made from the built site.
    ServerConfig {
        /// nginx (a server block), apache (an .htaccess) or caddy (a Caddyfile).
        #[arg(value_enum)]
        server: ServerKind,
        /// Site root, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The built site (default: `output_dir` from site.toml, or `public`).
        #[arg(long)]
        output: Option<PathBuf>,
        /// The folder the server will serve, as the server sees it (default: the output folder).
        #[arg(long)]
        docroot: Option<String>,
        /// nginx `listen` value or Caddy site address (such as 127.0.0.1:8080).
        #[arg(long)]
        listen: Option<String>,
    },
    /// Explain a diagnostic code (such as E0103) in full, with a wrong and a right example.
    Explain {
        /// The code, as printed in `error[E0103]`.
        #[arg(required_unless_present = "all")]
        code: Option<String>,
        /// Print every code's explanation, as Markdown (this is docs/diagnostics.md).
        #[arg(long, conflicts_with = "code")]
        all: bool,
    },
    /// Start a new content file from a template (never overwrites; marked as a draft).
    New {
        #[command(subcommand)]
        what: NewCommand,
        /// Site root, holding site.toml.
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
    },
}

/// What `homeward translations --fail-on` fails on.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum FailOn {
    /// A translation older than its original.
    Stale,
    /// A page, data text or interface string not translated.
    Missing,
}

/// The standard file a translator is given.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Exchange {
    /// XLIFF 2.1.
    Xliff,
    /// gettext PO.
    Po,
}

/// Which segments an export holds.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Only {
    /// Segments with no translation.
    Missing,
    /// Segments whose original changed since they were translated.
    Stale,
}

#[derive(Subcommand)]
enum TranslationsCommand {
    /// Write one XLIFF 2.1 or PO file of a language's segments, for a translator.
    Export {
        /// The language to translate into.
        #[arg(long)]
        lang: String,
        /// xliff or po.
        #[arg(long, value_enum, default_value = "xliff")]
        format: Exchange,
        /// Only the segments not yet translated, or only those whose original changed.
        #[arg(long, value_enum)]
        only: Option<Only>,
        /// Where to write it (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Write a translator's XLIFF or PO file back into the pages, data texts and strings.
    Import {
        /// The file, as exported and translated.
        file: PathBuf,
    },
    /// Record that translations were checked against their originals as they are now.
    MarkCurrent {
        /// Translation files, such as content/guides/how-to-apply.fr.md.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ServerKind {
    Nginx,
    Apache,
    Caddy,
}

/// `server-config`: reads site.toml and the built site, prints the configuration on stdout.
fn server_config(
    server: ServerKind,
    root: PathBuf,
    output: Option<PathBuf>,
    docroot: Option<String>,
    listen: Option<String>,
) -> ExitCode {
    use homeward::publish::{SiteFacts, server_config as sc};
    let mut diagnostics = Vec::new();
    let Some(config) = pipeline::load_config(&root, &mut diagnostics) else {
        print(&diagnostics, Format::Human);
        return ExitCode::from(2);
    };
    let options = Options {
        output,
        ..Options::new(root)
    };
    let out = pipeline::output_dir(&options, &config);
    match SiteFacts::from_built(&config, &out) {
        Ok(facts) => {
            let server = match server {
                ServerKind::Nginx => sc::Server::Nginx,
                ServerKind::Apache => sc::Server::Apache,
                ServerKind::Caddy => sc::Server::Caddy,
            };
            let target = sc::Target {
                docroot: docroot.unwrap_or_else(|| out.display().to_string()),
                listen,
            };
            print!("{}", sc::generate(server, &facts, &target));
            ExitCode::SUCCESS
        }
        Err(d) => {
            print(&[d], Format::Human);
            ExitCode::from(2)
        }
    }
}

#[derive(Subcommand)]
enum NewCommand {
    /// A news item or press release in content/news/, dated today.
    News {
        /// Its title, in quotes ("Treaty signed with Cambodia"): the file name is made from it.
        /// A file name (lower-case letters, digits, `-`, no `.md`) still works; the title is
        /// then left to write.
        title: String,
    },
    /// A treaty page with its data: content/agreements/NAME.md.
    Agreement {
        /// File name, without `.md` (lower-case letters, digits, `-`).
        name: String,
        /// The parties' ISO codes, such as BE,TH.
        #[arg(long, required = true, value_delimiter = ',')]
        parties: Vec<String>,
        /// multilateral, bilateral, eu-instrument, memorandum or other.
        #[arg(long, default_value = "bilateral")]
        kind: String,
    },
    /// A country page with its data: content/countries/NAME.md.
    Country {
        /// File name, without `.md` (lower-case letters, digits, `-`).
        name: String,
        /// The country's ISO code, such as MA.
        #[arg(long)]
        code: String,
    },
    /// Any other page, such as a guide: content/PATH.md (for example guides/visiting).
    Page {
        /// Path under content/, without `.md`.
        path: String,
    },
    /// A translation of an existing page, next to it (the original's sources and data texts
    /// included, its body to translate).
    Translation {
        /// The original, such as content/agreements/belgium-thailand.md.
        original: PathBuf,
        /// The language to translate into, from site.toml.
        #[arg(long)]
        lang: String,
    },
}

fn print(diagnostics: &[Diagnostic], format: Format) {
    match format {
        Format::Json => {
            for d in diagnostics {
                println!("{}", d.to_json());
            }
        }
        Format::Human => {
            if !diagnostics.is_empty() {
                eprint!(
                    "{}",
                    diagnostic::render_all_human(diagnostics, std::io::stderr().is_terminal())
                );
            }
        }
    }
}

/// Exit codes: 0 clean, 1 content errors (or warnings with --deny-warnings), 2 usage or
/// environment errors (no site.toml, a file that cannot be read, output folder refused or
/// unwritable). Each code's class is in the diagnostic registry, not listed here.
fn exit_code(diagnostics: &[Diagnostic], deny_warnings: bool) -> ExitCode {
    ExitCode::from(registry::exit_status(diagnostics, deny_warnings))
}

/// `homeward explain CODE` prints the code's explanation on stdout, as `rustc --explain` does;
/// `--all` prints every one (docs/diagnostics.md). A malformed or unknown code is a usage
/// error (E0011, exit 2) whose help line suggests the closest code.
fn explain(code: Option<String>, all: bool) -> ExitCode {
    if all {
        print!("{}", registry::render_markdown());
        return ExitCode::SUCCESS;
    }
    match registry::explain(code.as_deref().unwrap_or_default()) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(d) => {
            print(std::slice::from_ref(&d), Format::Human);
            exit_code(&[d], false)
        }
    }
}

/// mimalloc v3 keeps freed memory for a second before giving it back to the system; a build
/// frees and allocates a page's worth at a time for a second or two, so the 10,000-page peak
/// reached 190-215 MB for memory nobody used. Measured on the benchmark site (median of 4):
/// 10 ms gives 164 MB but costs ~0.1 s of page faults, 50 ms gives 174-183 MB at full speed,
/// 100 ms 183-186 MB.
fn return_freed_memory_promptly() {
    /// `mi_option_purge_delay` in mimalloc v3's `mi_option_e` (include/mimalloc.h); the
    /// Rust bindings name no constant for it.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    /// v3's default for it: the option is changed only if the index still means what it
    /// meant, so a mimalloc update that renumbers options leaves the default in place.
    const V3_DEFAULT_MS: std::ffi::c_long = 1000;
    // SAFETY: reading and setting an option of the allocator is thread-safe in mimalloc
    // and has no other precondition.
    unsafe {
        if libmimalloc_sys::mi_option_get(PURGE_DELAY) == V3_DEFAULT_MS {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 50);
        }
    }
}

/// Lists the route answers a build changed (or a check would change), so the editor sees
/// what families will be told before trusting it.
fn print_answer_changes(report: Option<&homeward::answer_changes::Report>, headline: &str) {
    if let Some(report) = report {
        eprint!(
            "{}",
            homeward::answer_changes::render_human(report, headline)
        );
    }
}

fn main() -> ExitCode {
    return_freed_memory_promptly();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Err(d) = fix_today(cli.today) {
        print(&[d], Format::Human);
        return ExitCode::from(2);
    }
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            force,
            deny_warnings,
            compress,
            format,
        } => {
            let started = std::time::Instant::now();
            let options = Options {
                compress,
                output,
                base_url,
                drafts,
                force,
                ..Options::new(root)
            };
            let outcome = pipeline::run_then_exit(&options);
            print(&outcome.diagnostics, format);
            if let (Some(report), Some(dir)) = (outcome.written, &outcome.output_dir) {
                if format == Format::Human {
                    eprintln!(
                        "built {} files into {} in {} ms ({} written, {} unchanged)",
                        outcome.files,
                        dir.display(),
                        started.elapsed().as_millis(),
                        report.written,
                        report.unchanged
                    );
                    print_answer_changes(
                        outcome.answer_changes.as_ref(),
                        "changed compared with the site that was in",
                    );
                }
            } else if format == Format::Human {
                eprintln!("build failed: nothing was written; the previous site is untouched");
            }
            exit_code(&outcome.diagnostics, deny_warnings)
        }
        Command::Check {
            root,
            external_links,
            drafts,
            deny_warnings,
            format,
        } => {
            let options = Options {
                drafts,
                external_links,
                write: false,
                ..Options::new(root)
            };
            let outcome = pipeline::run_then_exit(&options);
            print(&outcome.diagnostics, format);
            if format == Format::Human && !outcome.has_errors() {
                eprintln!("check passed: {} files would be written", outcome.files);
                eprint!(
                    "{}",
                    homeward::status_prose::render_due(
                        &outcome.due_changes,
                        homeward::locale::Date::today()
                    )
                );
                print_answer_changes(
                    outcome.answer_changes.as_ref(),
                    "would change compared with the site in",
                );
            }
            exit_code(&outcome.diagnostics, deny_warnings)
        }
        Command::ServerConfig {
            server,
            root,
            output,
            docroot,
            listen,
        } => server_config(server, root, output, docroot, listen),
        Command::Explain { code, all } => explain(code, all),
        Command::New { what, root } => {
            let template = match what {
                NewCommand::News { title } => homeward::scaffold::Template::News {
                    name_or_title: title,
                },
                NewCommand::Agreement {
                    name,
                    parties,
                    kind,
                } => homeward::scaffold::Template::Agreement {
                    name,
                    parties,
                    kind,
                },
                NewCommand::Country { name, code } => {
                    homeward::scaffold::Template::Country { name, code }
                }
                NewCommand::Page { path } => homeward::scaffold::Template::Page { path },
                NewCommand::Translation { original, lang } => {
                    homeward::scaffold::Template::Translation { original, lang }
                }
            };
            let today = homeward::locale::Date::today();
            match homeward::scaffold::create(&root, &template, today) {
                Ok(path) => {
                    eprintln!(
                        "created {}\nIt is a draft: preview it with `homeward serve --drafts`, check it with `homeward check --drafts`, and remove `draft = true` to publish it.",
                        path.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(d) => {
                    print(&[d], Format::Human);
                    ExitCode::from(2)
                }
            }
        }
        Command::Translations {
            action,
            root,
            lang,
            format,
            fail_on,
        } => translations(action, &root, lang, format, &fail_on),
        Command::Serve {
            root,
            bind,
            port,
            drafts,
            open,
        } => {
            match homeward::serve::serve(homeward::serve::ServeOptions {
                root,
                bind,
                port,
                drafts,
                open,
            }) {
                Ok(()) => ExitCode::SUCCESS,
                Err(d) => {
                    print(&[d], Format::Human);
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// `homeward translations ...`: each action is one call into `homeward::translation`.
fn translations(
    action: Option<TranslationsCommand>,
    root: &std::path::Path,
    lang: Option<String>,
    format: Format,
    fail_on: &[FailOn],
) -> ExitCode {
    use homeward::translation::{import, report, units};
    let mut diagnostics = Vec::new();
    let Some(config) = pipeline::load_config(root, &mut diagnostics) else {
        print(&diagnostics, Format::Human);
        return ExitCode::from(2);
    };
    let result = match action {
        None => report::build(root, &config, lang.as_deref()).map(|r| {
            match format {
                Format::Json => println!("{}", r.to_json()),
                Format::Human => print!("{}", r.render_human()),
            }
            let fail = (fail_on.contains(&FailOn::Stale) && r.any_stale())
                || (fail_on.contains(&FailOn::Missing) && r.any_missing());
            u8::from(fail)
        }),
        Some(TranslationsCommand::Export {
            lang,
            format,
            only,
            output,
        }) => {
            let only = only.map(|o| match o {
                Only::Missing => units::Only::Missing,
                Only::Stale => units::Only::Stale,
            });
            units::export_file(root, &config, &lang, format == Exchange::Po, only).and_then(
                |(text, count)| {
                    match &output {
                        Some(path) => std::fs::write(path, &text).map_err(|e| {
                            vec![
                                Diagnostic::error("E0721", format!("cannot write the export: {e}"))
                                    .in_file(path)
                                    .with_help("choose a writable path with --output"),
                            ]
                        })?,
                        None => print!("{text}"),
                    }
                    eprintln!("exported {count} segments for `{lang}`");
                    Ok(0)
                },
            )
        }
        Some(TranslationsCommand::Import { file }) => {
            import::run(root, &config, &file).map(|summary| {
                eprint!("{summary}");
                0
            })
        }
        Some(TranslationsCommand::MarkCurrent { files }) => {
            let mut failed = Vec::new();
            for file in files {
                match homeward::translation::edit::mark_current(root, &file, &config) {
                    Ok((path, true)) => eprintln!("marked current: {}", path.display()),
                    Ok((path, false)) => eprintln!("already current: {}", path.display()),
                    Err(d) => failed.push(d),
                }
            }
            if failed.is_empty() {
                Ok(0)
            } else {
                Err(failed)
            }
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(diagnostics) => {
            print(&diagnostics, Format::Human);
            // A wrong language, file or unwritable path is a usage error (2); a translator's
            // file that does not fit the site (E0722, E0723) or content that does not parse is
            // 1: the registry's exit classes say which. The action failed, so never 0.
            ExitCode::from(registry::exit_status(&diagnostics, false).max(1))
        }
    }
}
