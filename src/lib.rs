//! Homeward: a static-site generator for public information on the international transfer of
//! sentenced persons.
//!
//! The pipeline runs one way: `config` → `source` → `frontmatter`/`markdown` → `model`
//! (with `agreement`, `route`, `country`, `locale`) → `render` → `output`. `serve` and `check`
//! are thin layers over `build`. See `ARCHITECTURE.md`.

// The JSON Schemas in `opendata` are deeply nested `json!` literals.
#![recursion_limit = "256"]
// Errors are `Diagnostic`s carried by value on the cold path: boxing them would make every
// stage harder to read for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod agreement;
pub mod answer_changes;
pub mod caseless;
pub mod claim;
pub mod config;
pub mod contact;
pub mod context;
pub mod country;
pub mod diagnostic;
pub mod domain_context;
pub mod feeds;
pub mod fingerprint;
pub mod frontmatter;
pub mod html;
pub mod i18n;
pub mod incremental;
pub mod latin_words;
pub mod links;
pub mod locale;
pub mod map;
pub mod markdown;
pub mod model;
pub mod opendata;
pub mod output;
pub mod pipeline;
pub mod preview_dir;
pub mod publish;
pub mod render;
pub mod route;
pub mod sanitize;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod shortcode;
pub mod slug;
pub mod source;
pub mod status_prose;
pub mod theme;
pub mod translation;
